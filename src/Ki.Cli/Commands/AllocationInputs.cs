using System.Globalization;
using Ki.Domain;
using Ki.Domain.Allocation;
using Ki.Domain.Money;
using Ki.Domain.Places;
using Ki.Cli.Output;

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
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Recipient r in recipients)
        {
            if (!ids.TryAdd(r.Id, r.Location))
            {
                throw new KiDataException(r.Location, $"field 'id' repeats the id of {ids[r.Id]}; each recipient needs its own id.",
                    $"Feld 'id' wiederholt die Kennung aus {ids[r.Id].Replace(": line ", ": Zeile ", StringComparison.Ordinal)}; jeder Empfänger braucht eine eigene Kennung.");
            }
        }

        IEnumerable<AllocationRecipient> weighted;
        if (key is null)
        {
            weighted = recipients.Select(r => r.ToAllocationRecipient(r.Indicators.TryGetValue(WeightColumn, out decimal w)
                ? w
                : throw new KiDataException(r.Location, $"field '{WeightColumn}' is missing.", $"Feld '{WeightColumn}' fehlt.")));
        }
        else
        {
            foreach (Recipient r in recipients)
            {
                string? missing = key.Components.Select(c => c.Indicator).FirstOrDefault(i => !r.Indicators.ContainsKey(i));
                if (missing is not null)
                {
                    throw new KiDataException(r.Location, $"field '{missing}' (named in --key) is missing.", $"Feld '{missing}' (in --key genannt) fehlt.");
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
            throw new CliUsageException(
                $"--district {district.Code}: NRW has no district with this key in the embedded gazetteer; 'ki districts' lists them.",
                $"--district {district.Code}: NRW hat keinen Kreis mit diesem Schlüssel im eingebauten Gemeindeverzeichnis; 'ki districts' listet sie.");
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
        // One amount parser for every option: strict on decimals (131.000 is never 131 euros), never negative.
        return CliText.ParseEuro(text, option);
    }

    /// <summary>
    /// Runs the allocation. The bounds come from the user, so a combination that cannot be met (floors or base amounts
    /// above the budget, a bound that is not a multiple of the unit, weights too large to scale) is a usage error that
    /// says so in euros; anything else the library refuses is a bug and shows.
    /// </summary>
    public static AllocationResult Allocate(AllocationRequest request)
    {
        Euro floors = Euro.Sum(request.Recipients.Select(r => r.Floor ?? request.Floor ?? Euro.Zero));
        if (floors > request.Budget)
        {
            throw new CliUsageException(
                $"the floors add up to {floors.ToString("N", CultureInfo.InvariantCulture)} EUR, more than the budget of {request.Budget.ToString("N", CultureInfo.InvariantCulture)} EUR.",
                $"die Mindestbeträge ergeben zusammen {floors.ToString("C", Lang.GermanNumbers)}, mehr als das Budget von {request.Budget.ToString("C", Lang.GermanNumbers)}.");
        }

        try
        {
            return Allocator.Allocate(request);
        }
        catch (ArgumentException e) when (e is not ArgumentNullException && e.Message.Contains("whole multiple of the unit", StringComparison.Ordinal))
        {
            throw new CliUsageException(
                $"a floor, cap, base or demand is not a whole multiple of --unit {request.Unit} EUR.",
                $"ein Mindest-, Höchst-, Sockel- oder Bedarfsbetrag ist kein ganzes Vielfaches von --unit {request.Unit.ToString("C", Lang.GermanNumbers)}.");
        }
        catch (ArgumentException e) when (e is not ArgumentNullException && e.ParamName is "request" or "budget")
        {
            string text = InEuros(StripParameter(e), request.Unit);
            throw new CliUsageException(text, text);
        }
        catch (OverflowException)
        {
            throw new CliUsageException(
                "the weights are too large or have too many decimals to be split exactly.",
                "die Gewichte sind zu groß oder haben zu viele Nachkommastellen, um exakt aufgeteilt zu werden.");
        }
    }

    private static string InEuros(string message, Euro unit) =>
        System.Text.RegularExpressions.Regex.Replace(message, @"\b(\d{1,18}) units\b", m =>
            Euro.FromCents(checked(long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * unit.Cents)).ToString("N", CultureInfo.InvariantCulture) + " EUR");

    private static string StripParameter(ArgumentException e) =>
        e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);

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
