using Ki.Domain.Internal;
using Ki.Domain.Money;
using Ki.Domain.Places;
using Ki.Domain.Programmes;

namespace Ki.Domain.Awards;

/// <summary>
/// Weiterleitung: part of an award that the first recipient (a KI-Kommune) passes on to a final recipient (a club,
/// initiative, MSO, welfare association or town), recording which ancillary provisions apply to it.
/// </summary>
/// <remarks>
/// <para>
/// Nr. 12 VVG (reference 4.6): a Gemeinde that passes funds outside the municipal sector must impose the ANBest-P on
/// the final recipient, who then proves the use in qualified form to the first recipient. For a Kreis, kreisfreie
/// Stadt or Gemeinde as final recipient the library records ANBest-G, which the reference does not state [U].
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class SubAward
{
    /// <summary>Creates a sub-award.</summary>
    /// <param name="recipient">The final recipient's name.</param>
    /// <param name="kind">The kind of the final recipient.</param>
    /// <param name="amount">The amount passed on; positive.</param>
    /// <exception cref="ArgumentNullException"><paramref name="recipient"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="recipient"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is not positive, or <paramref name="kind"/> is not defined.</exception>
    public SubAward(string recipient, ApplicantKind kind, Euro amount)
    {
        ModelChecks.CheckNotBlank(recipient, "A sub-award needs a recipient.", "Eine Weiterleitung braucht einen Empfänger.");
        Preconditions.CheckRange(amount.IsPositive, amount, "A sub-award must be positive.", "Eine Weiterleitung muss positiv sein.");
        Preconditions.CheckRange(kind is >= ApplicantKind.Kreis and <= ApplicantKind.VolunteerInitiative, kind, "The recipient kind is not defined.", "Die Art des Empfängers ist nicht definiert.");
        Recipient = recipient;
        Kind = kind;
        Amount = amount;
    }

    /// <summary>Letztempfänger: the final recipient's name.</summary>
    public string Recipient { get; }

    /// <summary>The kind of the final recipient.</summary>
    public ApplicantKind Kind { get; }

    /// <summary>The amount passed on.</summary>
    public Euro Amount { get; }

    /// <summary>The seat of the final recipient, where given.</summary>
    public MunicipalityKey? Seat { get; init; }

    /// <summary>The ancillary provisions imposed on the final recipient: ANBest-P outside the municipal sector.</summary>
    public AncillaryProvisions Provisions => Kind is ApplicantKind.Kreis or ApplicantKind.KreisfreieStadt or ApplicantKind.Gemeinde
        ? AncillaryProvisions.AnBestG
        : AncillaryProvisions.AnBestP;

    /// <summary>The legal reference of the pass-through.</summary>
    public string LegalReference => Provisions == AncillaryProvisions.AnBestP
        ? "Nr. 12 VVG zu § 44 LHO: Weiterleitung an Dritte außerhalb des kommunalen Bereichs, ANBest-P sind aufzuerlegen"
        : "Nr. 12 VVG zu § 44 LHO: Weiterleitung an eine Gemeinde (GV), ANBest-G [U]";

    /// <summary>Returns the recipient, the amount and the provisions.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Recipient}: {Amount} ({Provisions})";

    /// <summary>The kind's names for messages.</summary>
    internal LocalizedText KindText => new(Texts.KindDe(Kind), Texts.KindEn(Kind));
}
