using System.Collections.Immutable;
using Ki.Domain.Money;
using NodaTime;

namespace Ki.Domain.Programmes;

/// <summary>
/// The result of a grant calculation: the grant (or "no grant" with its reason), the formula, and every step with its
/// figures, including which cap, limit or minimum applied.
/// </summary>
/// <remarks>
/// Amounts are exact to the cent, rounded with <see cref="Rounding"/>. "No grant" is an expected outcome, not an
/// error: <see cref="Outcome"/> is <see cref="GrantOutcome.NoGrant"/>, <see cref="Grant"/> is zero, and
/// <see cref="Code"/> and <see cref="Reason"/> say why. When a figure the calculation needs is not stated, the outcome
/// is <see cref="GrantOutcome.Undetermined"/> and no step states an amount for the grant. Equality is reference equality. Immutable; safe to share
/// across threads.
/// </remarks>
public sealed class GrantResult
{
    private readonly DeferredText _reason;

    internal GrantResult(string lineId, LocalDate on, FundingLineVersion? version, GrantOutcome outcome, Euro grant, string code,
        LocalizedText reason, string formula, ImmutableArray<GrantStep> steps, RoundingMode rounding)
        : this(lineId, on, version, outcome, grant, code, DeferredText.Of(reason), formula, steps, rounding)
    {
    }

    internal GrantResult(string lineId, LocalDate on, FundingLineVersion? version, GrantOutcome outcome, Euro grant, string code,
        DeferredText reason, string formula, ImmutableArray<GrantStep> steps, RoundingMode rounding)
    {
        LineId = lineId;
        On = on;
        Version = version;
        Outcome = outcome;
        Grant = grant;
        Code = code;
        _reason = reason;
        Formula = formula;
        Steps = steps;
        Rounding = rounding;
    }

    /// <summary>The funding line's identifier.</summary>
    public string LineId { get; }

    /// <summary>The date whose rules were applied.</summary>
    public LocalDate On { get; }

    /// <summary>The version applied, or <see langword="null"/> when the line was not in force.</summary>
    public FundingLineVersion? Version { get; }

    /// <summary>Whether a grant is made.</summary>
    public GrantOutcome Outcome { get; }

    /// <summary>Whether a grant is made.</summary>
    public bool IsGranted => Outcome == GrantOutcome.Granted;

    /// <summary>Zuwendung: the grant; zero when none is made.</summary>
    public Euro Grant { get; }

    /// <summary>The stable code, one of <see cref="GrantCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Why, in German and English.</summary>
    /// <remarks>Written on first read and kept; every read returns the same text.</remarks>
    public LocalizedText Reason => _reason.Text;

    /// <summary>The formula applied, in English, such as <c>grant = min(rate × eligible costs, cap)</c>.</summary>
    public string Formula { get; }

    /// <summary>The explanation, step by step.</summary>
    public ImmutableArray<GrantStep> Steps { get; }

    /// <summary>How fractions of a cent were rounded.</summary>
    public RoundingMode Rounding { get; }

    /// <summary>Whether the cap (Höchstbetrag) lowered the grant.</summary>
    public bool CapApplied => HasStep("cap-applied");

    /// <summary>Whether a unit limit (most posts per applicant) lowered a unit count.</summary>
    public bool UnitLimitApplied => HasStep("unit-limit");

    /// <summary>Whether the eligible costs limited a fixed amount (a Festbetrag never exceeds the costs).</summary>
    public bool CostLimitApplied => HasStep("cost-limit");

    /// <summary>Whether the minimum grant (Bagatellgrenze) ruled the grant out.</summary>
    public bool BelowMinimum => string.Equals(Code, GrantCodes.BelowMinimum, StringComparison.Ordinal);

    /// <summary>Returns the code and the grant.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{LineId}: {Code} {Grant}";

    private bool HasStep(string name) => Steps.Any(s => string.Equals(s.Name, name, StringComparison.Ordinal));
}
