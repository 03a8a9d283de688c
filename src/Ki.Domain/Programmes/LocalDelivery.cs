using System.Globalization;
using Ki.Domain.Internal;
using Ki.Domain.Places;
using NodaTime;

namespace Ki.Domain.Programmes;

/// <summary>
/// Umsetzung vor Ort: a source's statement that a particular Kommunales Integrationszentrum runs a programme, with
/// the date of the statement.
/// </summary>
/// <remarks>
/// <para>
/// The KI is named by the code of the body that runs it (<see cref="IntegrationCentre.Code"/>): the five-digit
/// Kreisschlüssel of a district (<c>05974</c> for Kreis Soest) or the eight-digit AGS of a town that runs its own KI
/// (<c>05334002</c> for the city of Aachen). The statement says the KI ran the programme on that date; it says nothing
/// about other dates.
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class LocalDelivery
{
    /// <summary>Creates a statement of local delivery.</summary>
    /// <param name="centreCode">The KI's code: a Kreisschlüssel (<c>05974</c>) or the AGS of a town with its own KI.</param>
    /// <param name="reportedOn">The date of the statement (the press release, the page).</param>
    /// <param name="source">The statement's source.</param>
    /// <exception cref="ArgumentNullException"><paramref name="centreCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="centreCode"/> is neither a district key nor an AGS, or <paramref name="source"/> is the default.</exception>
    public LocalDelivery(string centreCode, LocalDate reportedOn, SourceReference source)
    {
        Preconditions.CheckNotNull(centreCode);
        Preconditions.CheckArgument(DistrictKey.TryParse(centreCode, out _) || MunicipalityKey.TryParse(centreCode, out _), nameof(centreCode),
            $"A KI code is a five-digit Kreisschlüssel or an eight-digit AGS, but was '{centreCode}'.",
            $"Ein KI-Code ist ein fünfstelliger Kreisschlüssel oder ein achtstelliger AGS, ist aber '{centreCode}'.");
        CentreCode = centreCode;
        ReportedOn = reportedOn;
        Source = SourceReference.CheckCited(source, "A statement of local delivery needs a source citation.", "Eine Angabe zur Umsetzung vor Ort braucht eine Quellenangabe.");
    }

    /// <summary>The KI's code: a Kreisschlüssel or the AGS of a town with its own KI.</summary>
    public string CentreCode { get; }

    /// <summary>The date of the statement.</summary>
    public LocalDate ReportedOn { get; }

    /// <summary>The statement's source.</summary>
    public SourceReference Source { get; }

    /// <summary>Returns the code and the date.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{CentreCode} {ReportedOn.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture)}");
}
