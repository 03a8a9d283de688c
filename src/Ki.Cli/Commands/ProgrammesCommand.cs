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
    /// <summary>Creates the verb.</summary>
    public static Command Create()
    {
        var on = new Option<string?>("--on") { Description = "Show only the versions in force on this date (2016-06-01); lines not in force say so." };
        var kind = new Option<string?>("--kind") { Description = "programme: only the programmes KIs run (Griffbereit, Rucksack ...); line: only funding lines. Default: both (csv: lines; one kind per csv file)." };
        var group = new Option<string?>("--target-group") { Description = $"Only the KI programmes for this target group ({KiProgrammeOutput.GroupCodes}); funding lines have no target group." };
        Option<string?> catalogue = SourceOptions.Catalogue();
        var command = Verb.Create("programmes", "List the funding lines and the programmes KIs run from the embedded catalogue, every figure with its source.", on, catalogue, kind, group);
        CommonOptions common = CommonOptions.AddTo(command);
        command.SetAction(parse =>
        {
            string? onText = parse.GetValue(on);
            LocalDate? date = onText is null ? null : CliText.ParseDate(onText, "--on");
            OutputSettings settings = common.Read(parse);
            KiProgrammeOutput.Selection selection = KiProgrammeOutput.Select(parse.GetValue(kind), parse.GetValue(group));
            Write(SourceOptions.LoadCatalogue(parse.GetValue(catalogue)), date, settings, selection);
            return KiApp.Success;
        });
        return command;
    }

    private static void Write(ProgrammeCatalogue catalogue, LocalDate? date, OutputSettings settings, KiProgrammeOutput.Selection selection)
    {
        TextWriter output = settings.Output;
        Lang lang = settings.Lang;
        if (settings.Format == OutputFormat.Json)
        {
            WriteJson(output, catalogue, date, selection);
            return;
        }

        if (!selection.Lines)
        {
            KiProgrammeOutput.WriteTable(catalogue, date, settings, selection);
            return;
        }

        bool csv = settings.Format == OutputFormat.Csv;
        var table = csv
            ? new TabularResult(["programme", "line", "from", "to", "financing", "rate", "cap", "minimum", "units", "authority", "uncertain"], [false, false, false, false, false, true, true, true, false, false, true])
            : new TabularResult([lang.T("programme", "Programm"), lang.T("line", "Förderlinie"), lang.T("financing", "Finanzierung"), lang.T("figures", "Beträge"), lang.T("in force", "gültig")], [false, false, false, false, false]);
        foreach (Programme programme in catalogue.Programmes)
        {
            foreach (FundingLine line in programme.Lines)
            {
                IEnumerable<FundingLineVersion> versions = line.Versions;
                if (date is { } d)
                {
                    VersionLookup lookup = line.FindVersion(d);
                    if (lookup.Version is null)
                    {
                        table.Add(csv
                            ? [programme.Id, line.Id, lookup.Code, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty]
                            : [programme.Id, line.Id, string.Empty, string.Empty, lang.T($"not in force on {lang.Date(d)} ({lookup.Code})", $"am {lang.Date(d)} nicht gültig ({lookup.Code})")]);
                        continue;
                    }

                    versions = [lookup.Version];
                }

                foreach (FundingLineVersion version in versions)
                {
                    table.Add(csv ? CsvRow(programme, line, version) : Row(programme, line, version, lang));
                }
            }
        }

        if (csv)
        {
            table.WriteCsv(output);
            return;
        }

        output.WriteLine(date is { } on
            ? lang.T($"Funding programmes and lines of the embedded catalogue in force on {lang.Date(on)}.", $"Förderprogramme und Förderlinien des eingebauten Katalogs, gültig am {lang.Date(on)}.")
            : lang.T("Funding programmes and lines of the embedded catalogue, every version.", "Förderprogramme und Förderlinien des eingebauten Katalogs, jede Fassung."));
        output.WriteLine();
        table.WriteTable(output, null, settings.Wide);
        output.WriteLine();
        output.WriteLine(lang.T(
            "Source of each figure: [V] verified in the primary text (guideline, decree), [S] from a secondary source, [U] uncertain, [D] derived from other figures.",
            "Quelle jedes Betrags: [V] im Primärtext belegt (Richtlinie, Erlass), [S] aus einer Sekundärquelle, [U] unsicher, [D] aus anderen Angaben abgeleitet."));
        output.WriteLine(lang.T("'ki programmes --format json' lists every figure with its citation.", "'ki programmes --format json' nennt jeden Betrag mit seinem Beleg."));
        if (selection.Programmes)
        {
            output.WriteLine();
            KiProgrammeOutput.WriteTable(catalogue, date, settings, selection);
        }
    }

    private static string[] Row(Programme programme, FundingLine line, FundingLineVersion version, Lang lang)
    {
        var figures = new List<string>();
        if (version.Rate is { } rate)
        {
            figures.Add(lang.T("rate ", "Satz ") + lang.Percent(rate.Value) + rate.Source.Marker);
        }

        if (version.Cap is { } cap)
        {
            figures.Add(lang.T("cap ", "höchstens ") + lang.Money(cap.Value) + cap.Source.Marker);
        }

        if (version.MinimumGrant is { } minimum)
        {
            figures.Add(lang.T("minimum ", "mindestens ") + lang.Money(minimum.Value) + minimum.Source.Marker);
        }

        figures.AddRange(version.UnitAmounts.Select(u => $"{lang.T(u.Name)} {lang.Money(u.Amount.Value)}{u.Amount.Source.Marker}"));
        string until = version.IsOpenEnded ? lang.T("open", "offen") : lang.Date(version.Validity.End);
        return
        [
            programme.Id,
            line.Id,
            Financing(version.Financing.Value, lang) + version.Financing.Source.Marker,
            string.Join("; ", figures),
            $"{lang.Date(version.Validity.Start)} – {until}",
        ];
    }

    /// <summary>A financing type in words (Anteil-, Fehlbedarfs-, Festbetrags-, Vollfinanzierung).</summary>
    public static string Financing(FinancingType type, Lang lang) => type switch
    {
        FinancingType.Share => lang.T("share of costs", "Anteilfinanzierung"),
        FinancingType.Deficit => lang.T("deficit", "Fehlbedarfsfinanzierung"),
        FinancingType.FixedAmount => lang.T("fixed amount", "Festbetragsfinanzierung"),
        FinancingType.Full => lang.T("full", "Vollfinanzierung"),
        _ => CliText.Name(type),
    };

    private static string[] CsvRow(Programme programme, FundingLine line, FundingLineVersion version) =>
    [
        programme.Id,
        line.Id,
        CliText.Iso(version.Validity.Start),
        version.IsOpenEnded ? "open" : CliText.Iso(version.Validity.End),
        CliText.Name(version.Financing.Value) + version.Financing.Source.Marker,
        version.Rate is { } rate ? CliText.Number(rate.Value) + rate.Source.Marker : string.Empty,
        version.Cap is { } cap ? cap.Value.ToString(CultureInfo.InvariantCulture) + cap.Source.Marker : string.Empty,
        version.MinimumGrant is { } minimum ? minimum.Value.ToString(CultureInfo.InvariantCulture) + minimum.Source.Marker : string.Empty,
        string.Join(" ", version.UnitAmounts.Select(u => $"{u.Id}={u.Amount.Value.ToString(CultureInfo.InvariantCulture)}{u.Amount.Source.Marker}")),
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
                WriteStartNamed(json, programme.Id, programme.Name);
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
                    WriteStartNamed(json, line.Id, line.Name);
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
        WriteValidity(json, version.Validity, version.IsOpenEnded);
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

        WriteFiguresAndNotes(json, version.Figures(), version.Notes);
        json.WriteEndObject();
    }

    /// <summary>Starts the object of a programme or line: its <c>id</c>, its English <c>name</c> and its German <c>nameDe</c>.</summary>
    internal static void WriteStartNamed(Utf8JsonWriter json, string id, LocalizedText name)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("name", name.English);
        json.WriteString("nameDe", name.German);
    }

    /// <summary>Writes the <c>from</c> and <c>to</c> of a version's validity; <c>to</c> is null when it is open-ended.</summary>
    internal static void WriteValidity(Utf8JsonWriter json, DateInterval validity, bool isOpenEnded)
    {
        json.WriteString("from", CliText.Iso(validity.Start));
        if (isOpenEnded)
        {
            json.WriteNull("to");
        }
        else
        {
            json.WriteString("to", CliText.Iso(validity.End));
        }
    }

    /// <summary>Writes a version's <c>figures</c> (each claim with its source) and its <c>notes</c>.</summary>
    internal static void WriteFiguresAndNotes(Utf8JsonWriter json, IEnumerable<CatalogueFigure> figures, IEnumerable<string> notes)
    {
        json.WriteStartArray("figures");
        foreach (CatalogueFigure figure in figures)
        {
            json.WriteStartObject();
            json.WriteString("name", figure.Name);
            json.WriteString("value", figure.Value);
            WriteSource(json, figure.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("notes");
        foreach (string note in notes)
        {
            json.WriteStringValue(note);
        }

        json.WriteEndArray();
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
