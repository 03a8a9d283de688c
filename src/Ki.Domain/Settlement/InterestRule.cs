using System.Collections.Immutable;
using Ki.Domain.Internal;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Settlement;

/// <summary>
/// A legal rule that charges interest "points above the base rate per year": its name, its legal reference, and the
/// points it sets over time.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="RepaymentNrw"/> is § 49a(3) VwVfG NRW (Erstattungszinsen on a repayment, from the day the grant became
/// ineffective); <see cref="InterimNrw"/> is § 49a(4) VwVfG NRW (Zwischenzinsen on money paid out and not used
/// promptly). Both charge 3 points above the base rate in the current text; the day from which 3 points apply is not
/// verified ([U]), so the points are dated, cited values and a caller with better knowledge (or a Bescheid that fixes
/// another rate) builds its own rule with <see cref="InterestRule(LocalizedText, string, IEnumerable{InterestMargin})"/>.
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class InterestRule
{
    private const string NrwCitation =
        "§ 49a VwVfG NRW, https://recht.nrw.de/lmi/owa/br_bes_detail?sg=0&menu=0&bes_id=4844&anw_nr=2&aufgehoben=N&det_id=674998 (state 7.11.2025)";

    private static readonly SourceReference NrwThreePoints = new(NrwCitation, Confidence.Uncertain,
        "3 points is the current text (verified); the day from which 3 points apply is not verified. Federal law and other Länder use 5 points; " +
        "before the Third Act amending the VwVfG NRW, Bescheide fixed 6 % a year (OVG NRW 14 A 3559/02, 12.08.2004). Here 3 points apply from " +
        "1 January 2002, the first day of the § 247 BGB base rate.");

    /// <summary>Creates a rule.</summary>
    /// <param name="name">The rule's name in German and English, such as "Erstattungszinsen (§ 49a Abs. 3 VwVfG NRW)".</param>
    /// <param name="legalReference">The legal reference, such as <c>§ 49a Abs. 3 VwVfG NRW</c>.</param>
    /// <param name="margins">The points over time, in ascending order of their first day, at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="legalReference"/>, <paramref name="margins"/> or one of the margins is null.</exception>
    /// <exception cref="ArgumentException">The legal reference is blank, there is no margin, or two margins are not in ascending order of their first day.</exception>
    public InterestRule(LocalizedText name, string legalReference, IEnumerable<InterestMargin> margins)
    {
        ModelChecks.CheckNotBlank(legalReference, "An interest rule needs its legal reference.", "Eine Zinsregel braucht ihre Rechtsgrundlage.");
        Preconditions.CheckNotNull(margins);
        ImmutableArray<InterestMargin> list = [.. margins];
        Preconditions.CheckArgument(list.Length > 0, nameof(margins), "An interest rule needs the points above the base rate for at least one date.");
        for (int i = 0; i < list.Length; i++)
        {
            Preconditions.CheckArgument(list[i] is not null, nameof(margins), $"Margin {i} is null.");
            Preconditions.CheckArgument(i == 0 || list[i - 1].From < list[i].From, nameof(margins),
                $"Margin {i} (from {list[i].From:uuuu'-'MM'-'dd}) does not come after the one before it; list the margins in ascending order of their first day.");
        }

        Name = name;
        LegalReference = legalReference;
        Margins = list;
    }

    /// <summary>Erstattungszinsen: interest on a repayment under § 49a(3) VwVfG NRW, 3 points above the base rate per year.</summary>
    public static InterestRule RepaymentNrw { get; } = new(
        new LocalizedText("Erstattungszinsen (§ 49a Abs. 3 VwVfG NRW)", "Interest on a repayment (§ 49a(3) VwVfG NRW)"),
        "§ 49a Abs. 3 VwVfG NRW",
        [new InterestMargin(new LocalDate(2002, 1, 1), 3m, NrwThreePoints)]);

    /// <summary>Zwischenzinsen: interest on money paid out and not used promptly under § 49a(4) VwVfG NRW, at the § 49a(3) rate.</summary>
    public static InterestRule InterimNrw { get; } = new(
        new LocalizedText("Zwischenzinsen (§ 49a Abs. 4 VwVfG NRW)", "Interest on money not used promptly (§ 49a(4) VwVfG NRW)"),
        "§ 49a Abs. 4 i. V. m. Abs. 3 VwVfG NRW",
        [new InterestMargin(new LocalDate(2002, 1, 1), 3m, NrwThreePoints)]);

    /// <summary>The rule's name in German and English.</summary>
    public LocalizedText Name { get; }

    /// <summary>The legal reference.</summary>
    public string LegalReference { get; }

    /// <summary>The points over time, in ascending order of their first day.</summary>
    public ImmutableArray<InterestMargin> Margins { get; }

    /// <summary>Returns a copy of the rule with the same points on every day (for a Bescheid or a what-if that fixes them).</summary>
    /// <param name="points">The points above the base rate.</param>
    /// <param name="source">Where the points come from, such as the Bescheid.</param>
    /// <returns>The rule with one margin, from the first day of the base rate table on.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is negative or 100 or more.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is the default (no source).</exception>
    public InterestRule WithPoints(decimal points, SourceReference source) =>
        new(Name, LegalReference, [new InterestMargin(LocalDate.MinIsoValue, points, source)]);

    /// <summary>Finds the margin that applies to a day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The margin, or <see langword="null"/> when the day lies before the first margin.</returns>
    public InterestMargin? Find(LocalDate day)
    {
        InterestMargin? found = null;
        foreach (InterestMargin margin in Margins)
        {
            if (margin.From > day)
            {
                break;
            }

            found = margin;
        }

        return found;
    }

    /// <summary>Returns the legal reference.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => LegalReference;
}
