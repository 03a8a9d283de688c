using Ki.Domain.Places;
using NodaTime;

namespace Ki.Domain.Serialization;

/// <summary>The wire shapes of the Places room: the gazetteer file and single districts, municipalities and KI places.</summary>
/// <remarks>
/// Keys are code strings, areas decimal strings in km², populations JSON integers, kinds the codes of the text format
/// (<c>kreis</c>, <c>kreisfreie-stadt</c>, <c>staedteregion</c>; <c>kreisfreie-stadt</c>, <c>stadt</c>, <c>gemeinde</c>).
/// </remarks>
internal static class PlacesDocuments
{
    /// <summary>A whole gazetteer: <c>{"schemaVersion":1,"source":...,"districts":[...],"municipalities":[...]}</c>.</summary>
    internal sealed record GazetteerDocument(
        int SchemaVersion,
        string Source,
        LocalDate ReferenceDate,
        IReadOnlyList<MunicipalityKey> SeparateCentreCities,
        IReadOnlyList<DistrictData> Districts,
        IReadOnlyList<MunicipalityData> Municipalities) : IVersionedDocument;

    /// <summary>A district on its own: <c>{"schemaVersion":1,"district":{...}}</c>.</summary>
    internal sealed record DistrictDocument(int SchemaVersion, DistrictData District) : IVersionedDocument;

    /// <summary>A municipality on its own: <c>{"schemaVersion":1,"municipality":{...}}</c>.</summary>
    internal sealed record MunicipalityDocument(int SchemaVersion, MunicipalityData Municipality) : IVersionedDocument;

    /// <summary>A KI place on its own: <c>{"schemaVersion":1,"integrationCentre":{...}}</c>.</summary>
    internal sealed record IntegrationCentreDocument(int SchemaVersion, IntegrationCentreData IntegrationCentre) : IVersionedDocument;

    /// <summary>A district with the keys of its member municipalities.</summary>
    internal sealed record DistrictData(DistrictKey Key, string Name, DistrictKind Kind, long Population, decimal AreaKm2, IReadOnlyList<MunicipalityKey> Municipalities)
    {
        public static DistrictData From(District d) => new(d.Key, d.Name, d.Kind, d.Population, d.AreaKm2, d.MunicipalityKeys);
    }

    /// <summary>A municipality; a missing postal code is left out.</summary>
    internal sealed record MunicipalityData(MunicipalityKey Key, string Name, MunicipalityKind Kind, long Population, decimal AreaKm2, string? PostalCode = null)
    {
        public static MunicipalityData From(Municipality m) => new(m.Key, m.Name, m.Kind, m.Population, m.AreaKm2, m.PostalCode);
    }

    /// <summary>A KI place: who runs it and which municipalities it serves, with their totals.</summary>
    internal sealed record IntegrationCentreData(
        string Code,
        DistrictKey District,
        string OperatorName,
        IReadOnlyList<MunicipalityKey> Municipalities,
        long Population,
        decimal AreaKm2,
        MunicipalityKey? City = null)
    {
        public static IntegrationCentreData From(IntegrationCentre c) =>
            new(c.Code, c.District, c.OperatorName, c.MunicipalityKeys, c.Population, c.AreaKm2, c.City);
    }
}
