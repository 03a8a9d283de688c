namespace Ki.Domain.Eligibility;

/// <summary>The answer of one criterion: met, not met, or not decidable because a fact is missing.</summary>
/// <remarks>There is deliberately no member with the value 0: <c>default(CriterionOutcome)</c> is not an answer.</remarks>
public enum CriterionOutcome
{
    /// <summary>Erfüllt: the criterion is met.</summary>
    Pass = 1,

    /// <summary>Nicht erfüllt: the criterion is not met.</summary>
    Fail = 2,

    /// <summary>Nicht entscheidbar: a fact the criterion needs is missing; <see cref="CriterionResult.MissingFacts"/> names it.</summary>
    Unknown = 3,
}
