using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Ki.Domain.Internal;

namespace Ki.Domain.Places;

/// <summary>
/// The register of North Rhine-Westphalia's places: the five Regierungsbezirke, the districts (Kreise and
/// kreisfreie Städte), the municipalities (Gemeinden) and the integration centres (KI) derived from them, with
/// look-up by key and by name and totals of population and area.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Default"/> is the embedded register: 53 districts and 396 municipalities, population at
/// 31.12.2019 from Destatis GV-ISys. Newer registers load from files with <see cref="FromGvIsysCsvFiles"/> (the
/// GV-ISys CSV layout) or <see cref="FromTextFile"/> (the library's own text format, see <see cref="ToText"/>).
/// </para>
/// <para>
/// A gazetteer is consistent by construction: every municipality's district exists, each district lists exactly its
/// municipalities, and each district's population and area (km², exact decimals) equal the sums over its members.
/// Name look-ups forgive case, umlauts and other diacritics and the official suffixes; an ambiguous name gives every
/// match, never a silent pick. Key look-ups of a key outside NRW say so.
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed partial class Gazetteer
{
    private readonly Dictionary<DistrictKey, District> _districts;
    private readonly Dictionary<MunicipalityKey, Municipality> _municipalities;
    private readonly Dictionary<DistrictKey, ImmutableArray<Municipality>> _members;
    private readonly Dictionary<MunicipalityKey, IntegrationCentre> _centreOf;
    private readonly HashSet<DistrictKey> _districtCentres = [];
    private readonly HashSet<MunicipalityKey> _cityCentres = [];
    private readonly Lazy<NameIndex> _names;

    private Gazetteer(
        string source,
        LocalDate referenceDate,
        ImmutableArray<District> districts,
        ImmutableArray<Municipality> municipalities,
        ImmutableArray<MunicipalityKey> separateCentreCities,
        Dictionary<DistrictKey, District> districtsByKey,
        Dictionary<MunicipalityKey, Municipality> municipalitiesByKey,
        Dictionary<DistrictKey, ImmutableArray<Municipality>> members)
    {
        Source = source;
        ReferenceDate = referenceDate;
        Districts = districts;
        Municipalities = municipalities;
        Regions = [.. GovernmentRegion.All.Where(r => districts.Any(d => d.Key.Region == r.Key))];
        SeparateCentreCities = separateCentreCities;
        _districts = districtsByKey;
        _municipalities = municipalitiesByKey;
        _members = members;

        var centres = ImmutableArray.CreateBuilder<IntegrationCentre>(districts.Length + separateCentreCities.Length);
        _centreOf = new Dictionary<MunicipalityKey, IntegrationCentre>(municipalities.Length);
        foreach (District district in districts)
        {
            ImmutableArray<Municipality> all = members[district.Key];
            Municipality[] cities = [.. all.Where(m => separateCentreCities.Contains(m.Key))];
            Add(new IntegrationCentre(district, null, [.. all.Where(m => !cities.Contains(m))]));
            foreach (Municipality city in cities)
            {
                Add(new IntegrationCentre(district, city, [city]));
            }
        }

        IntegrationCentres = centres.MoveToImmutable();
        _names = new Lazy<NameIndex>(() => new NameIndex(Districts, Municipalities), LazyThreadSafetyMode.ExecutionAndPublication);

        void Add(IntegrationCentre centre)
        {
            centres.Add(centre);
            if (centre.City is { } city)
            {
                _cityCentres.Add(city);
            }
            else
            {
                _districtCentres.Add(centre.District);
            }

            foreach (MunicipalityKey key in centre.MunicipalityKeys)
            {
                _centreOf.Add(key, centre);
            }
        }
    }

    /// <summary>Where the figures come from, such as <c>Destatis GV-ISys ...</c>.</summary>
    public string Source { get; }

    /// <summary>The date the population figures refer to (Stichtag), such as 2019-12-31.</summary>
    public LocalDate ReferenceDate { get; }

    /// <summary>The Regierungsbezirke that hold at least one of the districts, in key order (all five for NRW).</summary>
    public ImmutableArray<GovernmentRegion> Regions { get; }

    /// <summary>The districts in key order.</summary>
    public ImmutableArray<District> Districts { get; }

    /// <summary>The municipalities in key order.</summary>
    public ImmutableArray<Municipality> Municipalities { get; }

    /// <summary>
    /// The towns that run their own integration centre (KI) apart from their district, in key order; in NRW the city
    /// of Aachen, <c>05334002</c>.
    /// </summary>
    public ImmutableArray<MunicipalityKey> SeparateCentreCities { get; }

    /// <summary>
    /// The integration centres (KI places): one per district, plus one per town in <see cref="SeparateCentreCities"/>
    /// (54 for NRW). Each district's centre comes first, followed by its towns' centres.
    /// </summary>
    public ImmutableArray<IntegrationCentre> IntegrationCentres { get; }

    /// <summary>Whether a district's own integration centre is among <see cref="IntegrationCentres"/> (one with no city).</summary>
    internal bool HasDistrictCentre(DistrictKey district) => _districtCentres.Contains(district);

    /// <summary>Whether a town runs an integration centre of its own (one of <see cref="IntegrationCentres"/> names it as its city).</summary>
    internal bool HasCityCentre(MunicipalityKey town) => _cityCentres.Contains(town);

    /// <summary>The totals of all municipalities in the gazetteer (NRW as a whole).</summary>
    public PlaceTotals Totals => PlaceTotals.Of(Municipalities);

    /// <summary>Creates a gazetteer from districts and municipalities, checking that they are consistent.</summary>
    /// <param name="source">Where the figures come from.</param>
    /// <param name="referenceDate">The date the population figures refer to.</param>
    /// <param name="districts">The districts, each listing its municipalities' keys.</param>
    /// <param name="municipalities">The municipalities.</param>
    /// <param name="separateCentreCities">The towns that run their own KI apart from their district.</param>
    /// <returns>The gazetteer.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is blank or not one line, or the places are inconsistent: a key
    /// appears twice, a municipality's district is missing, a district lists other municipalities than those that
    /// name it, a district's population or area differs from the sum over its members, the population or area of all
    /// municipalities adds up to more than a 64-bit count or a decimal can hold, or a separate-centre town is
    /// missing, a kreisfreie Stadt, or the only member of its district. The message names the place.</exception>
    public static Gazetteer Create(
        string source,
        LocalDate referenceDate,
        IEnumerable<District> districts,
        IEnumerable<Municipality> municipalities,
        IEnumerable<MunicipalityKey> separateCentreCities)
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(source) && !source.Any(char.IsControl), nameof(source), "The source must be one line of text, not blank, without tabs or line breaks.");
        Preconditions.CheckNotNull(districts);
        Preconditions.CheckNotNull(municipalities);
        Preconditions.CheckNotNull(separateCentreCities);
        Gazetteer? result = TryCreate(source, referenceDate, districts, municipalities, separateCentreCities, out GazetteerProblem? problem);
        return result ?? throw GermanReason.With(new ArgumentException(problem!.Message, problem.District is null && problem.Municipality is null ? nameof(districts) : nameof(municipalities)), problem.MessageGerman);
    }

    /// <summary>Returns a copy whose integration centres count the given towns apart from their districts.</summary>
    /// <param name="cities">The towns that run their own KI; none gives one centre per district.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cities"/> is null.</exception>
    /// <exception cref="ArgumentException">A town is not in the gazetteer, is a kreisfreie Stadt, is listed twice, or is the
    /// only member of its district.</exception>
    public Gazetteer WithSeparateCentreCities(IEnumerable<MunicipalityKey> cities) =>
        Create(Source, ReferenceDate, Districts, Municipalities, Preconditions.CheckNotNull(cities));

    /// <summary>Builds a gazetteer, or returns null and the first problem found.</summary>
    internal static Gazetteer? TryCreate(
        string source,
        LocalDate referenceDate,
        IEnumerable<District> districts,
        IEnumerable<Municipality> municipalities,
        IEnumerable<MunicipalityKey> separateCentreCities,
        out GazetteerProblem? problem)
    {
        ImmutableArray<District> ds = [.. districts.OrderBy(d => d.Key)];
        ImmutableArray<Municipality> ms = [.. municipalities.OrderBy(m => m.Key)];
        ImmutableArray<MunicipalityKey> cities = [.. separateCentreCities.Order()];
        problem = null;
        if (ds.IsEmpty)
        {
            problem = new GazetteerProblem(null, null, "districts", "A gazetteer needs at least one district.", "Ein Gemeindeverzeichnis braucht mindestens einen Kreis.");
            return null;
        }

        var byDistrict = new Dictionary<DistrictKey, District>(ds.Length);
        foreach (District d in ds)
        {
            if (!byDistrict.TryAdd(d.Key, d))
            {
                problem = new GazetteerProblem(d.Key, null, "key", $"District {d.Key.Code} appears twice.", $"Der Kreis {d.Key.Code} steht zweimal da.");
                return null;
            }
        }

        var byMunicipality = new Dictionary<MunicipalityKey, Municipality>(ms.Length);
        var groups = new Dictionary<DistrictKey, ImmutableArray<Municipality>.Builder>(ds.Length);
        foreach (Municipality m in ms)
        {
            if (!byMunicipality.TryAdd(m.Key, m))
            {
                problem = new GazetteerProblem(null, m.Key, "key", $"Municipality {m.Key.Code} appears twice.", $"Die Gemeinde {m.Key.Code} steht zweimal da.");
                return null;
            }

            if (!byDistrict.ContainsKey(m.District))
            {
                problem = new GazetteerProblem(null, m.Key, "district", $"Municipality {m} belongs to district {m.District.Code}, which is not in the gazetteer.",
                    $"Die Gemeinde {m} gehört zum Kreis {m.District.Code}, der nicht im Gemeindeverzeichnis steht.");
                return null;
            }

            if (!groups.TryGetValue(m.District, out ImmutableArray<Municipality>.Builder? group))
            {
                group = ImmutableArray.CreateBuilder<Municipality>();
                groups.Add(m.District, group);
            }

            group.Add(m);
        }

        // All totals (gazetteer, region, district, centre) are sums over municipalities: the whole sum must fit, so
        // no total of a gazetteer that was built can overflow later, whatever format it was read from.
        Int128 people = 0;
        decimal area = 0m;
        foreach (Municipality m in ms)
        {
            people += m.Population;
            if (people > long.MaxValue || decimal.MaxValue - area < m.AreaKm2)
            {
                problem = new GazetteerProblem(null, m.Key, people > long.MaxValue ? "population" : "area", string.Create(CultureInfo.InvariantCulture,
                    $"The municipalities up to {m} add up to more {(people > long.MaxValue ? "people" : "km²")} than the largest total this library counts ({(people > long.MaxValue ? long.MaxValue : decimal.MaxValue)})."),
                    string.Create(TextFormats.German, $"Die Gemeinden bis {m} ergeben zusammen mehr {(people > long.MaxValue ? "Einwohner" : "km²")} als die größte Summe, die diese Bibliothek zählt ({(people > long.MaxValue ? long.MaxValue : decimal.MaxValue):N0})."));
                return null;
            }

            area += m.AreaKm2;
        }

        var members = new Dictionary<DistrictKey, ImmutableArray<Municipality>>(ds.Length);
        foreach (District d in ds)
        {
            ImmutableArray<Municipality> group = groups.TryGetValue(d.Key, out ImmutableArray<Municipality>.Builder? b) ? b.ToImmutable() : [];
            problem = CheckDistrict(d, group);
            if (problem is not null)
            {
                return null;
            }

            members.Add(d.Key, group);
        }

        for (int i = 0; i < cities.Length; i++)
        {
            MunicipalityKey city = cities[i];
            string? why = !byMunicipality.TryGetValue(city, out Municipality? m) ? "is not in the gazetteer"
                : i > 0 && cities[i - 1] == city ? "is listed twice"
                : m.Kind == MunicipalityKind.KreisfreieStadt ? "is a kreisfreie Stadt, which runs its district's centre anyway"
                : members[m.District].Length < 2 ? "is the only member of its district"
                : null;
            if (why is not null)
            {
                string whyGerman = why switch
                {
                    "is not in the gazetteer" => "sie steht nicht im Gemeindeverzeichnis",
                    "is listed twice" => "sie steht zweimal da",
                    "is the only member of its district" => "sie ist die einzige Gemeinde ihres Kreises",
                    _ => "sie ist eine kreisfreie Stadt, die ohnehin das Zentrum ihres Kreises trägt",
                };
                problem = new GazetteerProblem(null, city, GazetteerProblem.SeparateCentreField, $"The town {city.Code} cannot run an integration centre apart from its district: it {why}.",
                    $"Die Stadt {city.Code} kann kein eigenes Kommunales Integrationszentrum neben ihrem Kreis tragen: {whyGerman}.");
                return null;
            }
        }

        return new Gazetteer(source, referenceDate, ds, ms, cities, byDistrict, byMunicipality, members);
    }

    private static GazetteerProblem? CheckDistrict(District d, ImmutableArray<Municipality> group)
    {
        if (!group.Select(m => m.Key).SequenceEqual(d.MunicipalityKeys))
        {
            string listed = string.Join(' ', d.MunicipalityKeys.Select(k => k.Code));
            string found = group.IsEmpty ? "none" : string.Join(' ', group.Select(m => m.Key.Code));
            string foundGerman = group.IsEmpty ? "keine" : found;
            return new GazetteerProblem(d.Key, null, "municipalities", $"District {d} lists the municipalities {listed}, but the gazetteer has {found}.",
                $"Der Kreis {d} nennt die Gemeinden {listed}, das Gemeindeverzeichnis hat aber {foundGerman}.");
        }

        PlaceTotals sum = PlaceTotals.Of(group);
        if (sum.Population != d.Population)
        {
            return new GazetteerProblem(d.Key, null, "population", string.Create(CultureInfo.InvariantCulture,
                $"District {d} has population {d.Population}, but its {sum.MunicipalityCount} municipalities add up to {sum.Population}."),
                string.Create(TextFormats.German, $"Der Kreis {d} hat {d.Population:N0} Einwohner, seine {sum.MunicipalityCount} Gemeinden ergeben aber {sum.Population:N0}."));
        }

        if (sum.AreaKm2 != d.AreaKm2)
        {
            return new GazetteerProblem(d.Key, null, "area", string.Create(CultureInfo.InvariantCulture,
                $"District {d} has area {d.AreaKm2} km², but its {sum.MunicipalityCount} municipalities add up to {sum.AreaKm2} km²."),
                string.Create(TextFormats.German, $"Der Kreis {d} hat eine Fläche von {d.AreaKm2} km², seine {sum.MunicipalityCount} Gemeinden ergeben aber {sum.AreaKm2} km²."));
        }

        bool isCity = d.Kind == DistrictKind.KreisfreieStadt;
        Municipality? misfit = group.FirstOrDefault(m => (m.Kind == MunicipalityKind.KreisfreieStadt) != isCity);
        if (misfit is not null)
        {
            return new GazetteerProblem(d.Key, misfit.Key, "kind",
                $"District {d} is a {d.Kind.ToGermanTerm()}, but its member {misfit} is a {misfit.Kind.ToGermanTerm()}.",
                $"Der Kreis {d} ist als {d.Kind.ToGermanTerm()} geführt, seine Gemeinde {misfit} aber als {misfit.Kind.ToGermanTerm()}.");
        }

        return null;
    }
}
