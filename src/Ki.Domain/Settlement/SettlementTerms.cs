using Ki.Domain.Internal;
using Ki.Domain.Money;
using Ki.Domain.Programmes;

namespace Ki.Domain.Settlement;

/// <summary>
/// The settlement parameters of a funding line or Bescheid: the item tolerance of the financing plan and the optional
/// threshold below which a change leads to no reduction; each a cited value, never a constant.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="AnbestP"/> holds the model ANBest-P values: single items may be exceeded by up to 20 % if saved
/// elsewhere (Nr. 1.2; generic text, the NRW wording not read, so marked secondary), and no threshold, because whether
/// NRW has one like the federal ANBest-P Nr. 2.2 (changes of not more than 500 EUR) is not verified. A line or
/// Bescheid with a threshold passes it with <see cref="WithNoReductionThreshold"/>.
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class SettlementTerms
{
    private const string AnbestPCitation =
        "Allgemeine Nebenbestimmungen für Zuwendungen zur Projektförderung (ANBest-P), Anlage 2 zu Nr. 5.1 VV zu § 44 LHO NRW; " +
        "model text: http://docplayer.org/57384625-allgemeine-nebenbestimmungen-fuer-zuwendungen-zur-projektfoerderung-anbest-p.html";

    /// <summary>Creates terms.</summary>
    /// <param name="itemTolerance">How far a single item may exceed its plan if saved elsewhere, as a fraction (0.2 = 20 %); 0 to 1.</param>
    /// <param name="noReductionThreshold">The change in costs or funds up to which no reduction is made, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is outside 0 to 1, or the threshold is negative.</exception>
    /// <exception cref="ArgumentException">A figure has no source.</exception>
    public SettlementTerms(Figure<decimal> itemTolerance, Figure<Euro>? noReductionThreshold)
    {
        Preconditions.CheckRange(itemTolerance.Value is >= 0m and <= 1m, itemTolerance.Value, "The item tolerance must lie between 0 and 1 (0.2 = 20 %).", "Die Toleranz je Position muss zwischen 0 und 1 liegen (0.2 = 20 %).");
        Preconditions.CheckArgument(!itemTolerance.Source.IsDefault, nameof(itemTolerance), "The item tolerance needs its source.", "Die Toleranz je Position braucht ihre Quelle.");
        if (noReductionThreshold is { } threshold)
        {
            Preconditions.CheckRange(!threshold.Value.IsNegative, threshold.Value, "The no-reduction threshold must not be negative.", "Die Bagatellgrenze für Kürzungen darf nicht negativ sein.");
            Preconditions.CheckArgument(!threshold.Source.IsDefault, nameof(noReductionThreshold), "The no-reduction threshold needs its source.", "Die Bagatellgrenze für Kürzungen braucht ihre Quelle.");
        }

        ItemTolerance = itemTolerance;
        NoReductionThreshold = noReductionThreshold;
    }

    /// <summary>The model ANBest-P terms: 20 % item tolerance (Nr. 1.2), no threshold.</summary>
    public static SettlementTerms AnbestP { get; } = new(
        new Figure<decimal>(0.2m, new SourceReference(AnbestPCitation + ", Nr. 1.2", Confidence.Secondary,
            "Generic ANBest-P text; the NRW wording was not read.")),
        null);

    /// <summary>Einzelansatz-Toleranz: how far a single item may exceed its plan if saved elsewhere (0.2 = 20 %).</summary>
    public Figure<decimal> ItemTolerance { get; }

    /// <summary>Bagatellgrenze der Ermäßigung: the change in costs or funds up to which no reduction is made; <see langword="null"/> for none.</summary>
    public Figure<Euro>? NoReductionThreshold { get; }

    /// <summary>The source of the reduction rules (ANBest-P Nr. 2) the final grant follows.</summary>
    internal static SourceReference ReductionSource { get; } = new(AnbestPCitation + ", Nr. 2", Confidence.Secondary,
        "Generic ANBest-P text; the NRW wording was not read. Festbetrag never above the eligible costs: VV Nr. 2 zu § 44 LHO (model).");

    /// <summary>The source of the duty to repay.</summary>
    internal static SourceReference RepaymentSource { get; } = new(
        "§ 49a Abs. 1 VwVfG NRW, https://recht.nrw.de/lmi/owa/br_bes_detail?sg=0&menu=0&bes_id=4844&anw_nr=2&aufgehoben=N&det_id=674998 (state 7.11.2025)",
        Confidence.Verified);

    /// <summary>Returns a copy with a no-reduction threshold.</summary>
    /// <param name="threshold">The threshold and its source (such as the federal ANBest-P Nr. 2.2: 500 EUR).</param>
    /// <returns>The terms with the threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is negative.</exception>
    /// <exception cref="ArgumentException">The threshold has no source.</exception>
    public SettlementTerms WithNoReductionThreshold(Figure<Euro> threshold) => new(ItemTolerance, threshold);

    /// <summary>Returns a copy with another item tolerance.</summary>
    /// <param name="tolerance">The tolerance as a fraction (0.2 = 20 %) and its source (such as the Bescheid).</param>
    /// <returns>The terms with the tolerance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is outside 0 to 1.</exception>
    /// <exception cref="ArgumentException">The tolerance has no source.</exception>
    public SettlementTerms WithItemTolerance(Figure<decimal> tolerance) => new(tolerance, NoReductionThreshold);

    /// <summary>Returns the tolerance and the threshold.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"tolerance {ItemTolerance}, threshold {(NoReductionThreshold is { } t ? t.ToString() : "none")}";
}
