using System.Globalization;
using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ki.Cli.Output;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Cli.Commands;

/// <summary>
/// <c>ki programmes [--on DATE] [--kind programme|line] [--target-group GROUP] [--format table|json|csv]</c>: lists the
/// embedded catalogue (funding lines and the programmes KIs run), every figure with its source marker.
/// </summary>
internal static class ProgrammesCommand
{
    private static readonly string[] Header = ["programme", "line", "from", "to", "financing", "rate", "cap", "minimum", "units", "authority", "uncertain"];
    private static readonly bool[] RightAligned = [false, false, false, false, false, true, true, true, false, false, true];

    /// <summary>Creates the verb.</summary>
    public static Command Create()
    {
        var on = new Option<string?>("--on") { Description = "Show only the versions in force on this date (2016-06-01); lines not in force say so." };
        var kind = new Option<string?>("--kind") { Description = "programme: only the programmes KIs run (Griffbereit, Rucksack ...); line: only funding lines. Default: both (csv: lines; one kind per csv file)." };
        var group = new Option<string?>("--target-group") { Description = $"Only the KI programmes for this target group ({KiProgrammeOutput.GroupCodes}); funding lines have no target group." };
        var command = new Command("programmes", "List the funding lines and the programmes KIs run from the embedded catalogue, every figure with its source.");
        command.Options.Add(on);
        command.Options.Add(kind);
        command.Options.Add(group);
        CommonOptions common = CommonOptions.AddTo(command);
        command.SetAction(parse =>
        {
            string? onText = parse.GetValue(on);
            LocalDate? date = onText is null ? null : CliText.ParseDate(onText, "--on");
            OutputSettings settings = common.Read(parse);
            KiProgrammeOutput.Selection selection = KiProgrammeOutput.Select(parse.GetValue(kind), parse.GetValue(group));
            Write(parse.InvocationConfiguration.Output, ProgrammeCatalogue.Default, date, settings.Format, selection);
            return KiApp.Success;
        });
        return command;
    }

    private static void Write(TextWriter output, ProgrammeCatalogue catalogue, LocalDate? date, OutputFormat format, KiProgrammeOutput.Selection selection)
    {
        if (format == OutputFormat.Json)
        {
            WriteJson(output, catalogue, date, selection);
            return;
        }

        if (!selection.Lines)
        {
            KiProgrammeOutput.WriteTable(output, catalogue, date, format, selection);
            return;
        }

        var table = new TabularResult(Header, RightAligned);
        foreach (Programme programme in catalogue.Programmes)
        {
            foreach (FundingLine line in programme.Lines)
            {
                if (date is { } d)
                {
                    VersionLookup lookup = line.FindVersion(d);
                    if (lookup.Version is { } version)
                    {
                        table.Add(Row(programme, line, version));
                    }
                    else
                    {
                        table.Add(programme.Id, line.Id, lookup.Code, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
                    }
                }
                else
                {
                    foreach (FundingLineVersion version in line.Versions)
                    {
                        table.Add(Row(programme, line, version));
                    }
                }
            }
        }

        if (format == OutputFormat.Csv)
        {
            table.WriteCsv(output);
        }
        else
        {
            table.WriteTable(output);
            output.WriteLine("Markers: [V] primary text, [S] secondary source, [U] uncertain, [D] derived. 'ki programmes --format json' lists every figure with its citation.");
        }

        if (selection.Programmes && format != OutputFormat.Csv)
        {
            output.WriteLine();
            KiProgrammeOutput.WriteTable(output, catalogue, date, format, selection);
        }
    }

    private static string[] Row(Programme programme, FundingLine line, FundingLineVersion version) =>
    [
        programme.Id,
        line.Id,
        CliText.Iso(version.Validity.Start),
        version.IsOpenEnded ? "open" : CliText.Iso(version.Validity.End),
        CliText.Name(version.Financing.Value) + version.Financing.Source.Marker,
        version.Rate is { } rate ? CliText.Number(rate.Value) + rate.Source.Marker : string.Empty,
        version.Cap is { } cap ? cap.Value + cap.Source.Marker : string.Empty,
        version.MinimumGrant is { } minimum ? minimum.Value + minimum.Source.Marker : string.Empty,
        string.Join(" ", version.UnitAmounts.Select(u => $"{u.Id}={u.Amount.Value}{u.Amount.Source.Marker}")),
        version.ApprovalAuthority is { } authority ? authority.Value.Code + authority.Source.Marker : string.Empty,
        TabularResult.Invariant(version.UncertainFigures().Count()),
    ];

    private static void WriteJson(TextWriter output, ProgrammeCatalogue catalogue, LocalDate? date, KiProgrammeOutput.Selection selection)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            if (date is { } d)
            {
                json.WriteString("on", CliText.Iso(d));
            }
            else
            {
                json.WriteNull("on");
            }

            json.WriteStartArray("programmes");
            foreach (Programme programme in selection.Lines ? catalogue.Programmes : [])
            {
                json.WriteStartObject();
                json.WriteString("id", programme.Id);
                json.WriteString("name", programme.Name.English);
                json.WriteString("nameDe", programme.Name.German);
                json.WritePropertyName("basis");
                WriteBasis(json, programme.Basis);
                json.WriteStartArray("budgets");
                foreach (AnnualBudget budget in programme.Budgets)
                {
                    json.WriteStartObject();
                    json.WriteString("year", budget.Year.ToString());
                    json.WriteString("amount", budget.Amount.Value.ToString(CultureInfo.InvariantCulture));
                    WriteSource(json, budget.Amount.Source);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("lines");
                foreach (FundingLine line in programme.Lines)
                {
                    json.WriteStartObject();
                    json.WriteString("id", line.Id);
                    json.WriteString("name", line.Name.English);
                    json.WriteString("nameDe", line.Name.German);
                    IEnumerable<FundingLineVersion> versions = line.Versions;
                    if (date is { } day)
                    {
                        VersionLookup lookup = line.FindVersion(day);
                        json.WriteString("status", lookup.Code);
                        versions = lookup.Candidates;
                    }

                    json.WriteStartArray("versions");
                    foreach (FundingLineVersion version in versions)
                    {
                        WriteVersion(json, version);
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            KiProgrammeOutput.WriteJson(json, catalogue, date, selection);
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteVersion(Utf8JsonWriter json, FundingLineVersion version)
    {
        json.WriteStartObject();
        json.WriteString("from", CliText.Iso(version.Validity.Start));
        if (version.IsOpenEnded)
        {
            json.WriteNull("to");
        }
        else
        {
            json.WriteString("to", CliText.Iso(version.Validity.End));
        }

        json.WriteString("financingType", CliText.Name(version.Financing.Value));
        json.WriteStartArray("applicantKinds");
        foreach (ApplicantKind kind in version.ApplicantKinds)
        {
            json.WriteStringValue(CliText.Name(kind));
        }

        json.WriteEndArray();
        json.WriteBoolean("requiresIntegrationCentre", version.RequiresIntegrationCentre);
        json.WriteBoolean("passThroughAllowed", version.PassThroughAllowed);
        json.WriteBoolean("earlyStartAllowed", version.EarlyStartAllowed);
        if (version.Basis is { } basis)
        {
            json.WritePropertyName("basis");
            WriteBasis(json, basis);
        }

        json.WriteStartArray("figures");
        foreach (CatalogueFigure figure in version.Figures())
        {
            json.WriteStartObject();
            json.WriteString("name", figure.Name);
            json.WriteString("value", figure.Value);
            WriteSource(json, figure.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("notes");
        foreach (string note in version.Notes)
        {
            json.WriteStringValue(note);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteBasis(Utf8JsonWriter json, LegalBasis basis)
    {
        json.WriteStartObject();
        json.WriteString("title", basis.Title);
        json.WriteString("date", CliText.Iso(basis.Date));
        WriteSource(json, basis.Source);
        json.WriteEndObject();
    }

    internal static void WriteSource(Utf8JsonWriter json, SourceReference source)
    {
        json.WriteString("confidence", source.Marker);
        json.WriteBoolean("uncertain", source.IsUncertain);
        json.WriteString("citation", source.Citation);
        if (source.Note is { } note)
        {
            json.WriteString("note", note);
        }
    }
}
