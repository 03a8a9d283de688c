using System.Text;
using System.Text.Json;
using Ki.Cli.Output;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Cli.Commands;

/// <summary>The programmes KIs run in <c>ki programmes</c>: the <c>--kind</c> and <c>--target-group</c> filters, table and JSON.</summary>
internal static class KiProgrammeOutput
{
    private static readonly string[] CsvHeader = ["programme", "from", "to", "target groups", "stages", "funded by", "uncertain"];
    private static readonly bool[] RightAligned = [false, false, false, false, false, false, true];
    private static readonly (string Code, TargetGroup Group)[] Groups = [.. Enum.GetValues<TargetGroup>().Select(g => (Code(g.ToString()), g))];

    /// <summary>The target group codes, for help texts.</summary>
    public static string GroupCodes => string.Join(", ", Groups.Select(g => g.Code));

    /// <summary>Parses <c>--kind</c> and <c>--target-group</c>.</summary>
    public static Selection Select(string? kind, string? group)
    {
        bool lines = kind is null || string.Equals(kind, "line", StringComparison.OrdinalIgnoreCase);
        bool programmes = kind is null || string.Equals(kind, "programme", StringComparison.OrdinalIgnoreCase);
        if (!lines && !programmes)
        {
            throw new CliUsageException($"--kind '{kind}' is not one of programme, line.", $"--kind '{kind}' ist weder programme noch line.");
        }

        if (group is null)
        {
            return new Selection(lines, programmes, null);
        }

        if (!programmes)
        {
            throw new CliUsageException(
                "--target-group selects KI programmes; funding lines (--kind line) have no target group.",
                "--target-group wählt KI-Programme aus; Förderlinien (--kind line) haben keine Zielgruppe.");
        }

        foreach ((string code, TargetGroup value) in Groups)
        {
            if (string.Equals(code, group, StringComparison.OrdinalIgnoreCase))
            {
                return new Selection(false, true, value);
            }
        }

        throw new CliUsageException($"--target-group '{group}' is not one of {GroupCodes}.", $"--target-group '{group}' ist keine von {GroupCodes}.");
    }

    /// <summary>Writes the selected KI programmes as a table or CSV, one row per version.</summary>
    public static void WriteTable(ProgrammeCatalogue catalogue, LocalDate? date, OutputSettings settings, Selection selection)
    {
        TextWriter output = settings.Output;
        Lang lang = settings.Lang;
        bool csv = settings.Format == OutputFormat.Csv;
        string[] header = csv
            ? CsvHeader
            : [lang.T("KI programme", "KI-Programm"), lang.T("from", "ab"), lang.T("to", "bis"), lang.T("target groups", "Zielgruppen"), lang.T("stages", "Bildungsstufen"), lang.T("funded by", "finanziert von"), lang.T("uncertain", "unsicher")];
        var table = new TabularResult(header, RightAligned);
        foreach ((KiProgramme programme, IEnumerable<KiProgrammeVersion> versions) in Selected(catalogue, date, selection))
        {
            foreach (KiProgrammeVersion version in versions)
            {
                table.Add(
                    programme.Id,
                    CliText.Iso(version.Validity.Start),
                    version.IsOpenEnded ? (csv ? "open" : lang.T("open", "offen")) : CliText.Iso(version.Validity.End),
                    csv
                        ? string.Join(" ", version.TargetGroups.Select(g => Code(g.Value.ToString()) + g.Source.Marker))
                        : string.Join("; ", version.TargetGroups.Select(g => lang.T(ProgrammeTerms.For(g.Value)) + g.Source.Marker)),
                    csv
                        ? string.Join(" ", version.Stages.Select(s => Code(s.Value.ToString()) + s.Source.Marker))
                        : string.Join("; ", version.Stages.Select(s => lang.T(ProgrammeTerms.For(s.Value)) + s.Source.Marker)),
                    string.Join("; ", version.Funding.Select(f => (csv ? f.Funder.English : lang.T(f.Funder)) + f.Source.Marker)),
                    TabularResult.Invariant(version.UncertainFigures().Count()));
            }
        }

        if (csv)
        {
            table.WriteCsv(output);
            return;
        }

        table.WriteTable(output, null, settings.Wide);
        output.WriteLine(lang.T(
            "KI programmes: what a Kommunales Integrationszentrum runs; no amount unless a source names one. Sources: 'ki programmes --kind programme --format json'.",
            "KI-Programme: was ein Kommunales Integrationszentrum durchführt; Beträge nur, wo eine Quelle sie nennt. Belege: 'ki programmes --kind programme --format json'."));
    }

    /// <summary>Writes the <c>kiProgrammes</c> array: every claim of each selected version with its source.</summary>
    public static void WriteJson(Utf8JsonWriter json, ProgrammeCatalogue catalogue, LocalDate? date, Selection selection)
    {
        if (selection.Group is { } group)
        {
            json.WriteString("targetGroup", Code(group.ToString()));
        }

        json.WriteStartArray("kiProgrammes");
        foreach ((KiProgramme programme, IEnumerable<KiProgrammeVersion> versions) in Selected(catalogue, date, selection))
        {
            ProgrammesCommand.WriteStartNamed(json, programme.Id, programme.Name);
            json.WriteStartArray("versions");
            foreach (KiProgrammeVersion version in versions)
            {
                json.WriteStartObject();
                ProgrammesCommand.WriteValidity(json, version.Validity, version.IsOpenEnded);
                json.WriteStartArray("targetGroups");
                foreach (Figure<TargetGroup> g in version.TargetGroups)
                {
                    json.WriteStringValue(Code(g.Value.ToString()));
                }

                json.WriteEndArray();
                ProgrammesCommand.WriteFiguresAndNotes(json, version.Figures(), version.Notes);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("runBy");
            foreach (LocalDelivery delivery in programme.LocalDeliveries)
            {
                json.WriteStartObject();
                json.WriteString("centre", delivery.CentreCode);
                json.WriteString("reportedOn", CliText.Iso(delivery.ReportedOn));
                ProgrammesCommand.WriteSource(json, delivery.Source);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static IEnumerable<(KiProgramme Programme, IEnumerable<KiProgrammeVersion> Versions)> Selected(ProgrammeCatalogue catalogue, LocalDate? date, Selection selection)
    {
        if (!selection.Programmes)
        {
            yield break;
        }

        foreach (KiProgramme programme in catalogue.KiProgrammes)
        {
            KiProgrammeVersion[] versions = date is { } d
                ? [.. programme.VersionOn(d) is { } v ? [v] : Array.Empty<KiProgrammeVersion>()]
                : [.. programme.Versions];
            if (selection.Group is { } group)
            {
                versions = [.. versions.Where(v => v.IsFor(group))];
            }

            if (versions.Length > 0 || (date is null && selection.Group is null))
            {
                yield return (programme, versions);
            }
        }
    }

    /// <summary>Turns a Pascal-case member name into the kebab-case code the catalogue JSON uses.</summary>
    private static string Code(string name)
    {
        var code = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                code.Append('-');
            }

            code.Append(char.ToLowerInvariant(name[i]));
        }

        return code.ToString();
    }

    /// <summary>What <c>ki programmes</c> lists: funding lines, KI programmes, and an optional target group.</summary>
    internal readonly record struct Selection(bool Lines, bool Programmes, TargetGroup? Group);
}
