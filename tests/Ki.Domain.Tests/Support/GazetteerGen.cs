namespace Ki.Domain.Tests.Support;

/// <summary>FsCheck generators for whole gazetteers: consistent subsets of the embedded one, with made-up sources and dates.</summary>
internal static class GazetteerGen
{
    private static readonly Gazetteer G = Gazetteer.Default;

    /// <summary>A gazetteer of one to all districts of the default, each with all its members, and a separate KI town where one is allowed.</summary>
    public static Gen<Gazetteer> Gazetteers { get; } =
        from picked in Gen.SubListOf(G.Districts.ToArray())
        from source in Gen.Elements("Destatis GV-ISys", "IT.NRW, Stand 31.12.2023", "made up: „Ä–Ü“ & <tags>")
        from days in Gen.Choose(0, 20_000)
        from withCity in Gen.Elements(true, false)
        select Build(picked.Count == 0 ? [G.Districts[0]] : [.. picked], source, new LocalDate(1970, 1, 1).PlusDays(days), withCity);

    private static Gazetteer Build(District[] districts, string source, LocalDate date, bool withCity)
    {
        Municipality[] members = [.. districts.SelectMany(d => G.MembersOf(d.Key))];
        MunicipalityKey[] cities = withCity
            ? [.. districts.Where(d => d.MunicipalityKeys.Length > 1).Take(2).Select(d => d.MunicipalityKeys[^1])]
            : [];
        return Gazetteer.Create(source, date, districts, members, cities);
    }
}
