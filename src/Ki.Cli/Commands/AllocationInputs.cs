using Ki.Domain;
using Ki.Domain.Allocation;
using Ki.Domain.Money;
using Ki.Domain.Places;

namespace Ki.Cli.Commands;

/// <summary>
/// The one place that turns a list of recipients (id, name, indicator values, optional bounds) into an
/// <see cref="AllocationRequest"/>: from a CSV file (<c>ki allocate --input</c>) or from any other source, such as a
/// district's municipalities with population and area.
/// </summary>
internal static class AllocationInputs
{
    /// <summary>The indicator used when no key is given: the <c>weight</c> column.</summary>
    public const string WeightColumn = "weight";

    /// <summary>Builds the request: weights from <paramref name="key"/> (or the <c>weight</c> indicator), global
    /// bounds and unit from <paramref name="options"/>.</summary>
    public static AllocationRequest ToRequest(IReadOnlyList<Recipient> recipients, IndicatorKey? key, AllocationOptions options)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (Recipient r in recipients)
        {
            if (!ids.Add(r.Id))
            {
                throw new KiDataException(r.Location, $"field 'id': '{r.Id}' occurs twice.");
            }
        }

        IEnumerable<AllocationRecipient> weighted;
        if (key is null)
        {
            weighted = recipients.Select(r => r.ToAllocationRecipient(r.Indicators.TryGetValue(WeightColumn, out decimal w)
                ? w
                : throw new KiDataException(r.Location, $"field '{WeightColumn}' is missing.")));
        }
        else
        {
            foreach (Recipient r in recipients)
            {
                string? missing = key.Components.Select(c => c.Indicator).FirstOrDefault(i => !r.Indicators.ContainsKey(i));
                if (missing is not null)
                {
                    throw new KiDataException(r.Location, $"field '{missing}' (named in the key '{key}') is missing.");
                }
            }

            KeyShares shares = key.Apply(recipients.Select(r => new KeyInput(r.Id, r.Indicators)));
            weighted = recipients.Zip(shares.Shares, (r, s) => r.ToAllocationRecipient(s.Share));
        }

        return AllocationRequest.Of(options.Budget, weighted)
            .WithUnit(options.Unit).WithBase(options.Base).WithFloor(options.Floor).WithCap(options.Cap);
    }

    /// <summary>Reads recipients from a CSV table: <c>id</c> (required), <c>name</c>, numeric indicator columns
    /// (such as <c>weight</c>, <c>population</c>, <c>area</c>) and the amount columns <c>floor,cap,demand,base</c>.</summary>
    public static IReadOnlyList<Recipient> FromTable(RecipientTable table, IEnumerable<string> indicators)
    {
        table.Require("id");
        string[] needed = [.. indicators];
        foreach (string indicator in needed)
        {
            table.Require(indicator);
        }

        return [.. table.Rows.Select(row => new Recipient(
            row.RequiredText("id"),
            row.Text("name"),
            needed.ToDictionary(i => i, row.RequiredNumber, StringComparer.Ordinal),
            row.Location)
        {
            Floor = row.Amount("floor"),
            Cap = row.Amount("cap"),
            Demand = row.Amount("demand"),
            Base = row.Amount("base"),
        })];
    }

    /// <summary>
    /// The municipalities of a district as recipients: id = AGS, name, indicators <c>population</c> and <c>area</c>
    /// (km²), and <c>weight</c> = population, the default key.
    /// </summary>
    public static IReadOnlyList<Recipient> FromDistrict(Gazetteer gazetteer, DistrictKey district)
    {
        if (!gazetteer.TryGetDistrict(district, out _))
        {
            throw new CliUsageException($"--district: NRW has no district {district.Code} in the embedded gazetteer; 'ki districts' lists them.");
        }

        return [.. gazetteer.MembersOf(district).Select(m => new Recipient(
            m.Key.Code,
            m.Name,
            new Dictionary<string, decimal>(StringComparer.Ordinal)
            {
                [WeightColumn] = m.Population,
                ["population"] = m.Population,
                ["area"] = m.AreaKm2,
            },
            $"municipality {m.Key.Code}"))];
    }

    /// <summary>Parses a non-negative invariant euro amount given on the command line, exact to the cent.</summary>
    public static Euro ParseAmount(string text, string option)
    {
        Euro amount = CliText.ParseEuro(text, option);

        if (amount.IsNegative)
        {
            throw new CliUsageException($"{option} '{text}' must not be negative.");
        }

        return amount;
    }

    /// <summary>One recipient before weighting.</summary>
    internal sealed record Recipient(string Id, string? Name, IReadOnlyDictionary<string, decimal> Indicators, string Location)
    {
        /// <summary>Per-recipient floor.</summary>
        public Euro? Floor { get; init; }

        /// <summary>Per-recipient cap.</summary>
        public Euro? Cap { get; init; }

        /// <summary>Per-recipient demand.</summary>
        public Euro? Demand { get; init; }

        /// <summary>Per-recipient base amount.</summary>
        public Euro? Base { get; init; }

        /// <summary>The library recipient with the given weight.</summary>
        public AllocationRecipient ToAllocationRecipient(decimal weight) =>
            new AllocationRecipient(Id, weight, Name).WithFloor(Floor).WithCap(Cap).WithDemand(Demand).WithBase(Base);
    }

    /// <summary>The budget, unit and global bounds.</summary>
    internal sealed record AllocationOptions(Euro Budget, Euro Unit, Euro? Base, Euro? Floor, Euro? Cap);
}
