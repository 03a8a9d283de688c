using Ki.Domain.Applications;
using Ki.Domain.Eligibility;
using Ki.Domain.Money;
using Ki.Domain.Programmes;

namespace Ki.Domain.Awards;

/// <summary>
/// One application in an award round: the eligibility decision, the requested, computed and awarded amounts, the
/// priority tier, the code and reason of the award, and any pass-through.
/// </summary>
/// <remarks>
/// Amounts are exact to the cent. <see cref="Computed"/> is the grant by the line's financing type, never more than
/// requested; <see cref="Awarded"/> never exceeds it, and is zero unless the application is eligible. Equality is
/// reference equality. Immutable; safe to share across threads.
/// </remarks>
public sealed class AwardLine
{
    private readonly DeferredText _reason;

    internal AwardLine(EligibilityDecision decision, GrantResult? grant, Euro computed, Euro awarded, int? tier, string code, LocalizedText reason, PassThrough? passThrough)
        : this(decision, grant, computed, awarded, tier, code, DeferredText.Of(reason), passThrough)
    {
    }

    /// <summary>A line whose reason is written only when someone reads it (a round of 10,000 lines writes none).</summary>
    internal AwardLine(EligibilityDecision decision, GrantResult? grant, Euro computed, Euro awarded, int? tier, string code, DeferredText reason, PassThrough? passThrough)
    {
        Decision = decision;
        Grant = grant;
        Computed = computed;
        Awarded = awarded;
        Tier = tier;
        Code = code;
        _reason = reason;
        PassThrough = passThrough;
    }

    /// <summary>The application.</summary>
    public Application Application => Decision.Application;

    /// <summary>The application's identifier.</summary>
    public string ApplicationId => Decision.ApplicationId;

    /// <summary>The eligibility decision, with every criterion.</summary>
    public EligibilityDecision Decision { get; }

    /// <summary>The grant calculation, or <see langword="null"/> when the application is not eligible.</summary>
    public GrantResult? Grant { get; }

    /// <summary>Beantragt: the requested amount.</summary>
    public Euro Requested => Application.RequestedAmount;

    /// <summary>Errechnet: the grant by the financing type, at most the requested amount; zero when not eligible.</summary>
    public Euro Computed { get; }

    /// <summary>Bewilligt: the amount awarded in this round.</summary>
    public Euro Awarded { get; }

    /// <summary>The priority tier, for rounds by priority; <see langword="null"/> for pro-rata rounds or without a tier.</summary>
    public int? Tier { get; }

    /// <summary>The stable code, one of <see cref="AwardCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Why, in German and English.</summary>
    /// <remarks>Written on first read and kept; every read returns the same text.</remarks>
    public LocalizedText Reason => _reason.Text;

    /// <summary>The pass-through of this award, where sub-awards were planned.</summary>
    public PassThrough? PassThrough { get; }

    /// <summary>Returns the identifier, the code and the amounts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{ApplicationId}: {Code} requested {Requested}, computed {Computed}, awarded {Awarded}";
}
