namespace Ki.Domain.Eligibility;

/// <summary>The answer of an eligibility decision.</summary>
/// <remarks>There is deliberately no member with the value 0: <c>default(EligibilityOutcome)</c> is not an answer.</remarks>
public enum EligibilityOutcome
{
    /// <summary>Förderfähig: every rule is met.</summary>
    Eligible = 1,

    /// <summary>Nicht förderfähig: at least one rule is not met.</summary>
    NotEligible = 2,

    /// <summary>Nicht entscheidbar: no rule fails, but a fact some rule needs is missing.</summary>
    Undetermined = 3,
}
