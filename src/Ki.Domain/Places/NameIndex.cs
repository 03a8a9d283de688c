using System.Collections.Immutable;

namespace Ki.Domain.Places;

/// <summary>The folded-name index of a gazetteer (see <see cref="PlaceNames"/>); built once, then only read.</summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, List<District>> _districts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Municipality>> _municipalities = new(StringComparer.Ordinal);

    public NameIndex(ImmutableArray<District> districts, ImmutableArray<Municipality> municipalities)
    {
        foreach (District d in districts)
        {
            Add(_districts, PlaceNames.IndexKeys(d.Name, d.Kind != DistrictKind.KreisfreieStadt), d);
        }

        foreach (Municipality m in municipalities)
        {
            Add(_municipalities, PlaceNames.IndexKeys(m.Name, isKreis: false), m);
        }
    }

    public ImmutableArray<District> Districts(string query) => Find(_districts, query, d => d.Key);

    public ImmutableArray<Municipality> Municipalities(string query) => Find(_municipalities, query, m => m.Key);

    private static void Add<T>(Dictionary<string, List<T>> index, IEnumerable<string> keys, T place)
    {
        foreach (string key in keys)
        {
            if (!index.TryGetValue(key, out List<T>? list))
            {
                list = [];
                index.Add(key, list);
            }

            list.Add(place);
        }
    }

    private static ImmutableArray<T> Find<T, TKey>(Dictionary<string, List<T>> index, string query, Func<T, TKey> key) =>
        [.. PlaceNames.QueryKeys(query)
            .SelectMany(q => index.TryGetValue(q, out List<T>? list) ? list : [])
            .Distinct()
            .OrderBy(key)];
}
