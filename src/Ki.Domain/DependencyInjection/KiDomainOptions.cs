using Ki.Domain.Internal;
using Ki.Domain.Eligibility;
using Ki.Domain.Money;
using Ki.Domain.Places;
using Ki.Domain.Programmes;
using Ki.Domain.Serialization;

namespace Ki.Domain.DependencyInjection;

/// <summary>
/// What <see cref="KiDomainServiceCollectionExtensions.AddKiDomain"/> registers: which gazetteer and programme
/// catalogue, how grants round, and the limits for JSON files read on the host's behalf.
/// </summary>
/// <remarks>
/// <para>
/// By default the embedded <see cref="Gazetteer.Default"/> and <see cref="ProgrammeCatalogue.Default"/>, commercial
/// rounding and <see cref="KiJsonLimits.Default"/>. A file given here is read when the service is first resolved,
/// not at registration; a malformed file then throws <see cref="KiDataException"/> from the resolution.
/// </para>
/// <para>Each <c>Use*</c> call replaces the earlier choice of the same thing and returns the options for chaining.
/// Mutable while the host configures it, inside the configure callback only; not thread-safe.</para>
/// </remarks>
public sealed class KiDomainOptions
{
    internal KiDomainOptions()
    {
    }

    /// <summary>Where the gazetteer comes from; never null.</summary>
    internal Func<KiJsonLimits, Gazetteer> GazetteerFactory { get; private set; } = _ => Gazetteer.Default;

    /// <summary>Where the programme catalogue comes from; never null.</summary>
    internal Func<KiJsonLimits, ProgrammeCatalogue> CatalogueFactory { get; private set; } = _ => ProgrammeCatalogue.Default;

    /// <summary>Where the eligibility rules come from; never null.</summary>
    internal Func<KiJsonLimits, RuleBook> RulesFactory { get; private set; } = _ => RuleBook.Default;

    /// <summary>The rounding of the registered <see cref="GrantCalculator"/>.</summary>
    internal RoundingMode GrantRounding { get; private set; } = RoundingMode.Commercial;

    /// <summary>The limits for JSON files read on the host's behalf.</summary>
    internal KiJsonLimits JsonLimits { get; private set; } = KiJsonLimits.Default;

    /// <summary>Registers this gazetteer instead of the embedded one.</summary>
    /// <param name="gazetteer">The gazetteer.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gazetteer"/> is null.</exception>
    public KiDomainOptions UseGazetteer(Gazetteer gazetteer)
    {
        Preconditions.CheckNotNull(gazetteer);
        GazetteerFactory = _ => gazetteer;
        return this;
    }

    /// <summary>
    /// Registers the gazetteer read from a file: a <c>.json</c> file in the gazetteer JSON format
    /// (<see cref="GazetteerJson"/>), any other in the library's text format (<see cref="Gazetteer.FromTextFile"/>).
    /// </summary>
    /// <param name="path">The file; read on first resolution.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    public KiDomainOptions UseGazetteerFile(string path)
    {
        CheckFilePath(path, "gazetteer");
        GazetteerFactory = limits => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? GazetteerJson.ReadFile(path, limits)
            : Gazetteer.FromTextFile(path);
        return this;
    }

    /// <summary>Registers this programme catalogue instead of the embedded one.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is null.</exception>
    public KiDomainOptions UseCatalogue(ProgrammeCatalogue catalogue)
    {
        Preconditions.CheckNotNull(catalogue);
        CatalogueFactory = _ => catalogue;
        return this;
    }

    /// <summary>Registers the programme catalogue read from a catalogue JSON file (<see cref="CatalogueJson"/>).</summary>
    /// <param name="path">The file; read on first resolution.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    public KiDomainOptions UseCatalogueFile(string path)
    {
        CheckFilePath(path, "catalogue");
        CatalogueFactory = limits => CatalogueJson.ReadFile(path, limits);
        return this;
    }

    /// <summary>Registers these eligibility rules instead of the embedded default rules.</summary>
    /// <param name="rules">The rule book.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public KiDomainOptions UseRules(RuleBook rules)
    {
        Preconditions.CheckNotNull(rules);
        RulesFactory = _ => rules;
        return this;
    }

    /// <summary>Registers the eligibility rules read from a rule JSON file (<see cref="EligibilityJson"/>).</summary>
    /// <param name="path">The file; read on first resolution.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    public KiDomainOptions UseRulesFile(string path)
    {
        CheckFilePath(path, "rule");
        RulesFactory = limits => EligibilityJson.ReadRulesFile(path, limits);
        return this;
    }

    /// <summary>Sets how the registered grant calculator rounds fractions of a cent (default commercial).</summary>
    /// <param name="rounding">The rounding mode.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined mode.</exception>
    public KiDomainOptions UseGrantRounding(RoundingMode rounding)
    {
        Preconditions.CheckArgumentRange(Enum.IsDefined(rounding), rounding, "The rounding mode must be a defined RoundingMode.");
        GrantRounding = rounding;
        return this;
    }

    /// <summary>Sets the limits for the JSON files read on the host's behalf, and registers them for the host's own reads.</summary>
    /// <param name="limits">The limits.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is null.</exception>
    public KiDomainOptions UseJsonLimits(KiJsonLimits limits)
    {
        JsonLimits = Preconditions.CheckNotNull(limits);
        return this;
    }

    /// <summary>Refuses a missing or blank path of a data file (<paramref name="what"/> names it in the message).</summary>
    private static void CheckFilePath(string path, string what)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(path), nameof(path), $"The {what} file path must not be blank.");
    }
}
