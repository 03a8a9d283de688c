using static Ki.Domain.Serialization.ProgrammesDocuments;
using NodaTime;

namespace Ki.Domain.Serialization;

/// <summary>The wire shapes of the Settlement room: the base rate table.</summary>
/// <remarks>
/// Rates and points are decimal strings (<c>"-0.88"</c>), dates ISO strings, sources
/// <c>{"citation":...,"confidence":"secondary","note":...}</c>. A rate without its own source has the table's.
/// </remarks>
internal static class SettlementDocuments
{
    /// <summary>A base rate table: <c>{"schemaVersion":1,"source":{...},"knownUntil":"2026-06-30","rates":[...]}</c>.</summary>
    internal sealed record BaseRateTableDocument(int SchemaVersion, SourceData Source, LocalDate KnownUntil, IReadOnlyList<BaseRateData> Rates) : IVersionedDocument;

    /// <summary>One base rate value; <c>source</c> only where it differs from the table's.</summary>
    internal sealed record BaseRateData(LocalDate From, decimal Percent, SourceData? Source = null);
}
