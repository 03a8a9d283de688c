using Ki.Domain.Internal;
using Ki.Domain.Places;
using Ki.Domain.Programmes;

namespace Ki.Domain.Applications;

/// <summary>
/// Antragsteller: the body that applies for a grant, with the facts the eligibility rules ask about.
/// </summary>
/// <remarks>
/// <para>
/// The name and the kind are always known. The other facts may be missing (<see langword="null"/>); a rule that
/// needs a missing fact answers "undetermined" and names the fact instead of guessing.
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class Applicant
{
    /// <summary>Creates an applicant; set the other facts with an initializer.</summary>
    /// <param name="name">The applicant's name, such as <c>Kreis Soest</c>.</param>
    /// <param name="kind">The kind of body.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Applicant(string name, ApplicantKind kind)
    {
        Name = Preconditions.CheckNotNull(name);
        Kind = kind;
        HasMalformedField = string.IsNullOrWhiteSpace(name) || !DefinedValues<ApplicantKind>.Contains(kind);
    }

    /// <summary>
    /// Whether the name is blank or the kind undefined (the validator's rules), worked out once when built, so that
    /// screening reads one flag instead of the name.
    /// </summary>
    internal bool HasMalformedField { get; }

    /// <summary>The applicant's name.</summary>
    public string Name { get; }

    /// <summary>Art des Antragstellers: the kind of body.</summary>
    public ApplicantKind Kind { get; }

    /// <summary>Gemeinnützigkeit: whether the applicant is recognised as non-profit; <see langword="null"/> when not stated.</summary>
    public bool? IsNonProfit { get; init; }

    /// <summary>
    /// Kreisschlüssel of a Kreis or the Städteregion (or a kreisfreie Stadt) that applies itself, such as <c>05974</c>
    /// for Kreis Soest; <see langword="null"/> when not stated or not a territorial applicant.
    /// </summary>
    /// <remarks>The official key identifies the applicant; the gazetteer then decides its kind and whether it runs a KI.
    /// The <see cref="Seat"/> is only the address of its administration.</remarks>
    public DistrictKey? OfficialDistrictKey { get; init; }

    /// <summary>
    /// Amtlicher Gemeindeschlüssel (AGS) of a city or Gemeinde that applies itself, such as <c>05974052</c> for Stadt
    /// Werl; <see langword="null"/> when not stated or not a territorial applicant.
    /// </summary>
    public MunicipalityKey? OfficialMunicipalityKey { get; init; }

    /// <summary>Sitz: the municipality (AGS) where the applicant has its seat; <see langword="null"/> when not stated.</summary>
    public MunicipalityKey? Seat { get; init; }

    /// <summary>
    /// Whether the applicant is a Kreis or kreisfreie Stadt that runs a Kommunales Integrationszentrum (a
    /// "KI-Kommune"); <see langword="null"/> when not stated.
    /// </summary>
    public bool? RunsIntegrationCentre { get; init; }

    /// <summary>Returns the name and the kind.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({Kind})";
}
