using Ki.Domain.Internal;
using Ki.Domain.Programmes;
using Ki.Domain.Settlement;
using static Ki.Domain.Serialization.SettlementDocuments;

namespace Ki.Domain.Serialization;

/// <summary>
/// JSON for the Settlement room: the Basiszinssatz table (§ 247 BGB), so that a user can replace the embedded table
/// with a newer one from a file.
/// </summary>
/// <remarks>
/// <para>
/// A base rate file is <c>{"schemaVersion":1,"source":{...},"knownUntil":"2026-06-30","rates":[{"from":"2002-01-01","percent":"2.57"},...]}</c>:
/// the publication the table follows, the last day it is known to hold, and each value with the day it took effect
/// (ascending). A value with its own <c>source</c> (such as one marked uncertain) keeps it; the others take the
/// table's. The schema is <c>docs/schemas/base-rates.schema.json</c>; <c>docs/examples/base-rates.json</c> is the
/// embedded table.
/// </para>
/// <para>
/// Every problem is one <see cref="KiDataException"/> with the JSON path. <c>Read(Write(x))</c> gives an equal table.
/// Stateless; safe to call from many threads.
/// </para>
/// </remarks>
public static class SettlementJson
{
    /// <summary>Writes a base rate table.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The document as UTF-8.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static byte[] Write(BaseRateTable table)
    {
        Preconditions.CheckNotNull(table);
        var document = new BaseRateTableDocument(
            JsonDocuments.SchemaVersion,
            ProgrammesMapping.From(table.Source)!,
            table.KnownUntil,
            [.. table.Rates.Select(r => new BaseRateData(r.From, r.Percent, r.Source == table.Source ? null : ProgrammesMapping.From(r.Source)))]);
        return JsonDocuments.Write(document, SettlementJsonContext.Default.BaseRateTableDocument);
    }

    /// <summary>Reads a base rate table.</summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The table.</returns>
    /// <exception cref="KiDataException">The document is malformed or breaks a limit, has no rate, lists rates out
    /// of date order or twice, has a rate outside −100 to 100 %, a source without a citation, or a last known day
    /// before its last rate.</exception>
    public static BaseRateTable ReadBaseRates(ReadOnlySpan<byte> utf8Json, KiJsonLimits? limits = null)
    {
        BaseRateTableDocument d = JsonDocuments.Read(utf8Json, SettlementJsonContext.Default.BaseRateTableDocument, limits, "base rate table");
        SourceReference source = ProgrammesMapping.ToSource(d.Source, "$.source");
        if (d.Rates.Count == 0)
        {
            throw new KiDataException("$.rates", "A base rate table needs at least one rate.");
        }

        var rates = new List<BaseRate>(d.Rates.Count);
        for (int i = 0; i < d.Rates.Count; i++)
        {
            string path = $"$.rates[{i}]";
            BaseRateData rate = d.Rates[i] ?? throw new KiDataException(path, "A rate must not be null.");
            if (i > 0 && rate.From <= d.Rates[i - 1].From)
            {
                throw new KiDataException($"{path}.from", $"The rate from {rate.From:uuuu'-'MM'-'dd} does not come after the one before it; list the rates in ascending order of their first day, each day once.");
            }

            SourceReference own = rate.Source is null ? source : ProgrammesMapping.ToSource(rate.Source, $"{path}.source");
            rates.Add(ProgrammesMapping.Checked(path + ".percent", () => new BaseRate(rate.From, rate.Percent, own)));
        }

        return ProgrammesMapping.Checked("$.knownUntil", () => new BaseRateTable(rates, d.KnownUntil, source));
    }
}
