using Ki.Domain.Internal;
using Ki.Domain.Programmes;
using static Ki.Domain.Serialization.ProgrammesDocuments;

namespace Ki.Domain.Serialization;

/// <summary>
/// JSON for the programme catalogue (Förderkatalog): the whole <see cref="ProgrammeCatalogue"/> (the catalogue file)
/// and single <see cref="Programme"/>, <see cref="FundingLine"/>, <see cref="FundingLineVersion"/>,
/// <see cref="FundingMix"/> and <see cref="KiProgramme"/> documents.
/// </summary>
/// <remarks>
/// <para>
/// Every document is an object with <c>"schemaVersion": 1</c>; the catalogue file's layout is described by
/// <c>docs/schemas/catalogue.schema.json</c>. Every figure keeps its source and confidence; money is a decimal string
/// (<c>"364500.00"</c>), rates decimal strings (<c>"0.9"</c>), validities ISO intervals whose end
/// <c>9999-12-31</c> means "until further notice".
/// </para>
/// <para>
/// Reading goes through <see cref="KiJson"/> and refuses unknown or duplicate properties; each rule the model's
/// constructors check (a blank citation, a deadline more than five years off) is a <see cref="KiDataException"/> at
/// the JSON path. Every version read is checked by the <see cref="FundingLineVersionValidator"/> (a share rate of
/// 1.5, a minimum above the cap) and a catalogue must not use a programme or funding line identifier twice; each
/// breach is a <see cref="KiDataException"/> at the JSON path, so a catalogue that loaded never fails later because
/// of its data. Gaps and overlaps between versions are answers of the version lookup, reported by
/// <see cref="ProgrammeCatalogue.Check"/>.
/// <c>Read(Write(x))</c> gives a value equal to <c>x</c> in every property. Stateless; safe to call from many threads.
/// </para>
/// </remarks>
public static class CatalogueJson
{
    /// <summary>Writes a catalogue as the catalogue JSON document (indented UTF-8).</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is null.</exception>
    public static byte[] Write(ProgrammeCatalogue catalogue)
    {
        Preconditions.CheckNotNull(catalogue);
        var document = new CatalogueDocument(
            JsonDocuments.SchemaVersion,
            [.. catalogue.Programmes.Select(ProgrammesMapping.From)],
            catalogue.FundingMixes.IsEmpty ? null : [.. catalogue.FundingMixes.Select(ProgrammesMapping.From)],
            catalogue.KiProgrammes.IsEmpty ? null : [.. catalogue.KiProgrammes.Select(ProgrammesMapping.From)]);
        return JsonDocuments.Write(document, KiJsonContext.Default.CatalogueDocument);
    }

    /// <summary>Reads a catalogue JSON document within <see cref="KiJsonLimits.Default"/>; see <see cref="Read(ReadOnlySpan{byte}, KiJsonLimits?)"/>.</summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="KiDataException">The document is malformed, of another schema version, breaks a limit or a
    /// rule of the model; the exception names the JSON path and the reason.</exception>
    public static ProgrammeCatalogue Read(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, null);

    /// <summary>Reads a catalogue JSON document.</summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="KiDataException">The document is malformed, of another schema version, breaks a limit or a
    /// rule of the model; the exception names the JSON path and the reason.</exception>
    public static ProgrammeCatalogue Read(ReadOnlySpan<byte> utf8Json, KiJsonLimits? limits)
    {
        CatalogueDocument document = JsonDocuments.Read(utf8Json, KiJsonContext.Default.CatalogueDocument, limits, "catalogue");
        Programme[] programmes = [.. document.Programmes.Select((p, i) => ProgrammesMapping.ToProgramme(p, $"$.programmes[{i}]"))];
        CheckIdentifiers(programmes);
        FundingMix[] mixes = [.. (document.FundingMixes ?? []).Select((m, i) => ProgrammesMapping.ToFundingMix(m, $"$.fundingMixes[{i}]"))];
        KiProgramme[] kiProgrammes = [.. (document.KiProgrammes ?? []).Select((p, i) => ProgrammesMapping.ToKiProgramme(p, $"$.kiProgrammes[{i}]"))];
        return new ProgrammeCatalogue(programmes, mixes) { KiProgrammes = [.. kiProgrammes] };
    }

    /// <summary>Refuses a second programme or funding line with the same identifier, at the path of the second one.</summary>
    private static void CheckIdentifiers(Programme[] programmes)
    {
        var programmeAt = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineAt = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < programmes.Length; i++)
        {
            string path = $"$.programmes[{i}].id";
            if (!programmeAt.TryAdd(programmes[i].Id, path))
            {
                throw new KiDataException(path, $"The programme identifier '{programmes[i].Id}' is already used at {programmeAt[programmes[i].Id]}; every programme needs its own.",
                    $"Die Kennung des Programms '{programmes[i].Id}' ist schon bei {programmeAt[programmes[i].Id]} vergeben; jedes Programm braucht eine eigene.");
            }

            for (int j = 0; j < programmes[i].Lines.Length; j++)
            {
                string linePath = $"$.programmes[{i}].lines[{j}].id";
                string id = programmes[i].Lines[j].Id;
                if (!lineAt.TryAdd(id, linePath))
                {
                    throw new KiDataException(linePath, $"The funding line identifier '{id}' is already used at {lineAt[id]}; every funding line needs its own, or applications could not say which they mean.",
                        $"Die Kennung der Förderlinie '{id}' ist schon bei {lineAt[id]} vergeben; jede Förderlinie braucht eine eigene, sonst könnten Anträge nicht sagen, welche sie meinen.");
                }
            }
        }
    }

    /// <summary>Reads a catalogue JSON document from a stream within <see cref="KiJsonLimits.Default"/>, refusing to read past the size limit.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="KiDataException">The document is malformed or too large (see <see cref="Read(ReadOnlySpan{byte}, KiJsonLimits?)"/>).</exception>
    public static ProgrammeCatalogue Read(Stream utf8Json) => Read(utf8Json, null);

    /// <summary>Reads a catalogue JSON document from a stream, refusing to read past the size limit.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="KiDataException">The document is malformed or too large (see <see cref="Read(ReadOnlySpan{byte}, KiJsonLimits?)"/>).</exception>
    public static ProgrammeCatalogue Read(Stream utf8Json, KiJsonLimits? limits) => Read(JsonDocuments.ReadAll(utf8Json, limits), limits);

    /// <summary>Reads a catalogue JSON file; error locations start with the file name.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="KiDataException">The content is malformed or too large.</exception>
    public static ProgrammeCatalogue ReadFile(string path, KiJsonLimits? limits = null) =>
        JsonDocuments.ReadFile(path, limits, bytes => Read(bytes, limits));

    /// <summary>Writes one programme as <c>{"schemaVersion":1,"programme":{...}}</c>.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    public static byte[] Write(Programme programme) =>
        JsonDocuments.Write(new ProgrammeDocument(JsonDocuments.SchemaVersion, ProgrammesMapping.From(Preconditions.CheckNotNull(programme))), KiJsonContext.Default.ProgrammeDocument);

    /// <summary>Reads a programme document.</summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The programme.</returns>
    /// <exception cref="KiDataException">The document is malformed or breaks a rule of the model.</exception>
    public static Programme ReadProgramme(ReadOnlySpan<byte> utf8Json, KiJsonLimits? limits = null) =>
        ProgrammesMapping.ToProgramme(JsonDocuments.Read(utf8Json, KiJsonContext.Default.ProgrammeDocument, limits, "programme").Programme, "$.programme");

    /// <summary>Writes one funding line as <c>{"schemaVersion":1,"fundingLine":{...}}</c>.</summary>
    /// <param name="line">The funding line.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is null.</exception>
    public static byte[] Write(FundingLine line) =>
        JsonDocuments.Write(new FundingLineDocument(JsonDocuments.SchemaVersion, ProgrammesMapping.From(Preconditions.CheckNotNull(line))), KiJsonContext.Default.FundingLineDocument);

    /// <summary>Reads a funding line document.</summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The funding line.</returns>
    /// <exception cref="KiDataException">The document is malformed or breaks a rule of the model.</exception>
    public static FundingLine ReadFundingLine(ReadOnlySpan<byte> utf8Json, KiJsonLimits? limits = null) =>
        ProgrammesMapping.ToFundingLine(JsonDocuments.Read(utf8Json, KiJsonContext.Default.FundingLineDocument, limits, "funding line").FundingLine, "$.fundingLine");

    /// <summary>Writes one funding line version as <c>{"schemaVersion":1,"version":{...}}</c>.</summary>
    /// <param name="version">The version.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="version"/> is null.</exception>
    public static byte[] Write(FundingLineVersion version) =>
        JsonDocuments.Write(new FundingLineVersionDocument(JsonDocuments.SchemaVersion, ProgrammesMapping.From(Preconditions.CheckNotNull(version))), KiJsonContext.Default.FundingLineVersionDocument);

    /// <summary>Reads a funding line version document.</summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The version.</returns>
    /// <exception cref="KiDataException">The document is malformed or breaks a rule of the model.</exception>
    public static FundingLineVersion ReadFundingLineVersion(ReadOnlySpan<byte> utf8Json, KiJsonLimits? limits = null) =>
        ProgrammesMapping.ToVersion(JsonDocuments.Read(utf8Json, KiJsonContext.Default.FundingLineVersionDocument, limits, "funding line version").Version, "$.version");

    /// <summary>Writes one KI programme as <c>{"schemaVersion":1,"kiProgramme":{...}}</c>.</summary>
    /// <param name="programme">The KI programme.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    public static byte[] Write(KiProgramme programme) =>
        JsonDocuments.Write(new KiProgrammeDocument(JsonDocuments.SchemaVersion, ProgrammesMapping.From(Preconditions.CheckNotNull(programme))), KiJsonContext.Default.KiProgrammeDocument);

    /// <summary>Reads a KI programme document.</summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The KI programme.</returns>
    /// <exception cref="KiDataException">The document is malformed or breaks a rule of the model (overlapping versions, a blank citation).</exception>
    public static KiProgramme ReadKiProgramme(ReadOnlySpan<byte> utf8Json, KiJsonLimits? limits = null) =>
        ProgrammesMapping.ToKiProgramme(JsonDocuments.Read(utf8Json, KiJsonContext.Default.KiProgrammeDocument, limits, "KI programme").KiProgramme, "$.kiProgramme");

    /// <summary>Writes one funding mix as <c>{"schemaVersion":1,"fundingMix":{...}}</c>, its total included.</summary>
    /// <param name="mix">The funding mix.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mix"/> is null.</exception>
    public static byte[] Write(FundingMix mix) =>
        JsonDocuments.Write(new FundingMixDocument(JsonDocuments.SchemaVersion, ProgrammesMapping.From(Preconditions.CheckNotNull(mix))), KiJsonContext.Default.FundingMixDocument);

    /// <summary>Reads a funding mix document; its total must be the sum of its contributions.</summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The funding mix.</returns>
    /// <exception cref="KiDataException">The document is malformed, lists a source twice, or its total is not the sum.</exception>
    public static FundingMix ReadFundingMix(ReadOnlySpan<byte> utf8Json, KiJsonLimits? limits = null) =>
        ProgrammesMapping.ToFundingMix(JsonDocuments.Read(utf8Json, KiJsonContext.Default.FundingMixDocument, limits, "funding mix").FundingMix, "$.fundingMix");
}
