using System.Collections.Immutable;
using Ki.Domain.Money;
using Ki.Domain.Programmes;

namespace Ki.Domain.Settlement;

/// <summary>
/// The final grant after the proof of use (endgültige Zuwendung): the recognised costs, the final grant by financing
/// type, the overpayment to repay, and every step with its legal reference.
/// </summary>
/// <remarks>
/// The final grant is never above the awarded grant nor above the recognised eligible costs; the overpayment is the
/// grant paid out less the final grant, never negative (a shortfall is not a claim). Amounts are exact to the cent,
/// rounded once with <see cref="Rounding"/>. Equality is reference equality. Immutable; safe to share across threads.
/// </remarks>
public sealed class FinalGrantResult
{
    internal FinalGrantResult(ProofOfUse proof, ImmutableArray<CostItemResult> items, Euro recognisedCosts, Euro finalGrant, string code,
        LocalizedText reason, string formula, ImmutableArray<GrantStep> steps, RoundingMode rounding)
    {
        Proof = proof;
        Items = items;
        RecognisedCosts = recognisedCosts;
        FinalGrant = finalGrant;
        Code = code;
        Reason = reason;
        Formula = formula;
        Steps = steps;
        Rounding = rounding;
    }

    /// <summary>The proof of use that was settled.</summary>
    public ProofOfUse Proof { get; }

    /// <summary>The items after the tolerance check.</summary>
    public ImmutableArray<CostItemResult> Items { get; }

    /// <summary>The awarded grant.</summary>
    public Euro Awarded => Proof.Awarded;

    /// <summary>The recognised eligible costs: the items' recognised amounts.</summary>
    public Euro RecognisedCosts { get; }

    /// <summary>Endgültige Zuwendung: the final grant.</summary>
    public Euro FinalGrant { get; }

    /// <summary>By how much the grant fell: awarded − final.</summary>
    public Euro Reduction => Awarded - FinalGrant;

    /// <summary>The grant paid out so far.</summary>
    public Euro PaidOut => Proof.PaidOut;

    /// <summary>Erstattungsbetrag: the grant paid out above the final grant, to be repaid; zero when less was paid.</summary>
    public Euro Overpayment => Euro.Max(PaidOut - FinalGrant, Euro.Zero);

    /// <summary>The stable code: <see cref="SettlementCodes.Unchanged"/>, <see cref="SettlementCodes.Reduced"/> or <see cref="SettlementCodes.BelowThreshold"/>.</summary>
    public string Code { get; }

    /// <summary>The result in words, German and English.</summary>
    public LocalizedText Reason { get; }

    /// <summary>The formula applied for the financing type, in English.</summary>
    public string Formula { get; }

    /// <summary>
    /// The explanation, step by step, each with its figure and legal source: <c>item</c> (one per cost item),
    /// <c>tolerance-offset</c>, <c>costs</c>, <c>funds-line</c> (one per changed line), <c>funds</c>, <c>threshold</c>,
    /// then <c>share</c>, <c>deficit</c>, <c>full</c>, <c>fixed-amount</c> or <c>unit</c> and <c>fixed-units</c>, then
    /// <c>cost-limit</c>, <c>final-grant</c> and <c>overpayment</c>.
    /// </summary>
    public ImmutableArray<GrantStep> Steps { get; }

    /// <summary>How a fraction of a cent was rounded.</summary>
    public RoundingMode Rounding { get; }

    /// <summary>Whether the recognised costs limited the grant (a grant never exceeds the eligible costs).</summary>
    public bool CostLimitApplied => Steps.Any(s => s.Name == "cost-limit");

    /// <summary>Returns the code, the final grant and the overpayment.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Proof.Id}: {Code} final {FinalGrant.ToString(System.Globalization.CultureInfo.InvariantCulture)}, repay {Overpayment.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
