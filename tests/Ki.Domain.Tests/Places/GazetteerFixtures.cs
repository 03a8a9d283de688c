namespace Ki.Domain.Tests.Places;

/// <summary>Small made-up gazetteers in the library's text format, for loader and look-up tests.</summary>
internal static class GazetteerFixtures
{
    /// <summary>A valid two-district gazetteer: a kreisfreie Stadt and a Kreis with two towns; one line per record.</summary>
    public static readonly string[] ValidLines =
    [
        "# test gazetteer",                                           // line 1
        "ki-gazetteer\t1",                                            // line 2
        "source\tmade up for tests",                                  // line 3
        "reference-date\t2019-12-31",                                 // line 4
        "district\t05314\tkreisfreie-stadt\t1000\t10.50\tBonn, Stadt", // line 5
        "municipality\t05314000\tkreisfreie-stadt\t1000\t10.50\t53111\tBonn, Stadt", // line 6
        "district\t05974\tkreis\t300\t20.25\tSoest",                  // line 7
        "municipality\t05974004\tstadt\t100\t10.00\t\tNeustadt, Stadt", // line 8
        "municipality\t05974008\tgemeinde\t200\t10.25\t59505\tNeustadt", // line 9
    ];

    /// <summary>The text of <see cref="ValidLines"/>.</summary>
    public static string ValidText => string.Join('\n', ValidLines) + "\n";

    /// <summary>The valid gazetteer: its two Kreis members are both called Neustadt.</summary>
    public static Gazetteer Twins() => Gazetteer.FromText(new StringReader(ValidText));

    /// <summary>
    /// Three districts of the default gazetteer with their municipalities: Bonn, the Städteregion Aachen (whose city
    /// Aachen is the one separate centre) and the Kreis Soest.
    /// </summary>
    public static Gazetteer Small()
    {
        Gazetteer g = Gazetteer.Default;
        District[] districts = [g.GetDistrict(DistrictKey.Parse("05314")), g.GetDistrict(DistrictKey.Parse("05334")), g.GetDistrict(DistrictKey.Parse("05974"))];
        return Gazetteer.Create(g.Source, g.ReferenceDate, districts, districts.SelectMany(d => g.MembersOf(d.Key)), [MunicipalityKey.Parse("05334002")]);
    }

    /// <summary>The valid text with one line (1-based) replaced.</summary>
    public static string WithLine(int line, string text)
    {
        string[] lines = [.. ValidLines];
        lines[line - 1] = text;
        return string.Join('\n', lines) + "\n";
    }
}
