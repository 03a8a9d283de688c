using System.Reflection;

namespace Ki.Domain.Tests.Programmes;

/// <summary>
/// The embedded programmes KIs run, queried as a host application would: by target group, by funding source, by the
/// KI that runs them; every claim cited by its publication.
/// </summary>
public sealed class DefaultKiProgrammesTests
{
    private static readonly ProgrammeCatalogue Catalogue = ProgrammeCatalogue.Default;

    private static string[] Ids(IEnumerable<KiProgramme> programmes) => [.. programmes.Select(p => p.Id)];

    private static KiProgramme Find(string id) => Catalogue.TryFindKiProgramme(id, out KiProgramme? p) ? p : throw new InvalidOperationException(id);

    [Fact]
    public void KiProgrammes_HoldTheProgrammesThePressTextsName()
    {
        Assert.Equal(
            ["griffbereit-mini", "griffbereit", "rucksack-kita", "rucksack-schule", "interkulturelles-assessment-center", "laiensprachmittlerpool",
             "seiteneinsteigerberatung", "anerkennungsberatung", "schule-ohne-rassismus"],
            Ids(Catalogue.KiProgrammes));
        Assert.Empty(Catalogue.Check());
    }

    [Fact]
    public void EveryClaim_HasASource_AndNoneHasAnAmount()
    {
        foreach (KiProgramme programme in Catalogue.KiProgrammes)
        {
            foreach (KiProgrammeVersion version in programme.Versions)
            {
                Assert.All(version.Figures(), f => Assert.False(f.Source.IsDefault, $"{programme.Id}: {f.Name} has no source"));
                Assert.All(version.Funding, f => Assert.Null(f.Amount));
                Assert.NotEmpty(version.Notes);
            }

            Assert.All(programme.LocalDeliveries, d => Assert.False(d.Source.IsDefault));
        }
    }

    [Fact]
    public void KiProgrammesFundedBy_Foundations_AreTheEarlyEducationProgrammes_From2017()
    {
        Assert.Equal(["griffbereit-mini", "griffbereit", "rucksack-kita"], Ids(Catalogue.KiProgrammesFundedBy(FundingSource.FoundationsAndThirdParties, new LocalDate(2018, 6, 1))));
        Assert.Empty(Catalogue.KiProgrammesFundedBy(FundingSource.FoundationsAndThirdParties, new LocalDate(2016, 6, 1)));
        ProgrammeFunding auridis = Find("rucksack-kita").VersionOn(new LocalDate(2018, 6, 1))!.Funding.Single();
        Assert.Equal("Auridis Stiftung", auridis.Funder.German);
        Assert.Contains("Bundestransfer", auridis.Purpose.German, StringComparison.Ordinal);
    }

    [Fact]
    public void RucksackSchule_IfKuFFundsItIn2018Only_AndTheLocalProviderPaysForDelivery()
    {
        Assert.Contains("rucksack-schule", Ids(Catalogue.KiProgrammesFundedBy(FundingSource.Land, new LocalDate(2018, 6, 1))));
        Assert.DoesNotContain("rucksack-schule", Ids(Catalogue.KiProgrammesFundedBy(FundingSource.Land, new LocalDate(2019, 6, 1))));

        KiProgrammeVersion version = Find("rucksack-schule").VersionOn(new LocalDate(2019, 6, 1))!;
        ProgrammeResponsibility pays = Assert.Single(version.Responsibilities, r => r.Role == ProgrammeRole.PaysForDelivery);
        Assert.Equal("Träger vor Ort", pays.Party.German);
        Assert.Equal(Confidence.Secondary, pays.Source.Confidence);
        ProgrammeFunding local = Assert.Single(version.Funding, f => f.Funder.German == "Träger vor Ort");
        Assert.Null(local.Kind);
        Assert.Contains(version.Stages, s => s.Value == EducationStage.Primary);
        Assert.Null(version.AgeRange);
    }

    [Theory]
    [InlineData(TargetGroup.YoungPeople, "interkulturelles-assessment-center")]
    [InlineData(TargetGroup.NewlyArrivedPupils, "seiteneinsteigerberatung")]
    [InlineData(TargetGroup.AdultsWithForeignQualifications, "anerkennungsberatung")]
    [InlineData(TargetGroup.PeopleWithLittleGerman, "laiensprachmittlerpool")]
    public void KiProgrammesFor_ATargetGroup_FindsItsProgramme(TargetGroup group, string id) =>
        Assert.Equal([id], Ids(Catalogue.KiProgrammesFor(group, new LocalDate(2020, 1, 1))));

    [Fact]
    public void KiProgrammesFor_Parents_AreTheFamilyProgrammes_AndAgeBandsFollowTheSources()
    {
        Assert.Equal(["griffbereit-mini", "griffbereit", "rucksack-kita", "rucksack-schule", "seiteneinsteigerberatung"],
            Ids(Catalogue.KiProgrammesFor(TargetGroup.Parents, new LocalDate(2020, 1, 1))));
        Assert.Equal(new AgeRange(1, 3), Find("griffbereit").Versions[0].AgeRange!.Value.Value);
        Assert.Equal(new AgeRange(4, 6), Find("rucksack-kita").Versions[0].AgeRange!.Value.Value);
    }

    [Fact]
    public void KiProgrammesRunBy_KreisSoestAndKreisHerford_FollowTheirPressReleases()
    {
        Assert.Equal(
            ["griffbereit", "rucksack-kita", "rucksack-schule", "interkulturelles-assessment-center", "laiensprachmittlerpool", "anerkennungsberatung", "schule-ohne-rassismus"],
            Ids(Catalogue.KiProgrammesRunBy("05974")));
        Assert.Equal(["seiteneinsteigerberatung"], Ids(Catalogue.KiProgrammesRunBy("05758")));
        LocalDelivery soest = Find("interkulturelles-assessment-center").LocalDeliveries.First(d => d.CentreCode == "05974");
        Assert.Equal(new LocalDate(2019, 9, 26), soest.ReportedOn);
        Assert.StartsWith("Pressemeldung Kreis Soest, 26.09.2019", soest.Source.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void InterpreterPool_IsPaidByTheKiDirectiveLine_From2023()
    {
        Assert.Equal(["laiensprachmittlerpool"], Ids(Catalogue.KiProgrammesFundedByLine("ki-2023-interpreter-pool", new LocalDate(2024, 1, 1))));
        Assert.Empty(Catalogue.KiProgrammesFundedByLine("ki-2023-interpreter-pool", new LocalDate(2022, 1, 1)));
    }

    [Fact]
    public void Check_FundingNamesALineTheCatalogueLacks_IsReported()
    {
        var source = new SourceReference("Test source, https://example.org/page", Confidence.Secondary);
        var version = new KiProgrammeVersion(new DateInterval(new LocalDate(2020, 1, 1), LocalDate.MaxIsoValue), new Figure<LocalizedText>(new("B", "D"), source))
        {
            Funding = [new ProgrammeFunding(new("Land", "Land"), new("Pool", "pool"), source) { FundingLineId = "no-such-line" }],
        };
        var catalogue = new ProgrammeCatalogue([]) { KiProgrammes = [new KiProgramme("pool", new("Pool", "pool"), [version]), new KiProgramme("pool", new("Pool", "pool"), [version])] };

        string[] codes = [.. catalogue.Check().Select(i => i.Code)];
        Assert.Contains(GrantCodes.CatalogueUnknownLine, codes);
        Assert.Contains(GrantCodes.CatalogueDuplicateId, codes);
    }

    [Fact]
    public void NoShippedCitation_PointsIntoThisRepository()
    {
        // The whole catalogue as written (every citation, note and method of lines, programmes and KI programmes) ...
        string catalogue = Encoding.UTF8.GetString(CatalogueJson.Write(Catalogue));
        Assert.DoesNotContain("shared/", catalogue, StringComparison.Ordinal);
        Assert.DoesNotContain("seeds/", catalogue, StringComparison.Ordinal);
        Assert.DoesNotContain(".csv", catalogue, StringComparison.Ordinal);

        // ... and every resource embedded in the library.
        Assembly library = typeof(ProgrammeCatalogue).Assembly;
        Assert.NotEmpty(library.GetManifestResourceNames());
        foreach (string name in library.GetManifestResourceNames())
        {
            using var reader = new StreamReader(library.GetManifestResourceStream(name)!);
            string text = reader.ReadToEnd();
            Assert.False(text.Contains("shared/", StringComparison.Ordinal), $"resource {name} cites a path of this repository");
        }
    }

    [Fact]
    public void EveryUncertainClaim_IsListed_ForTheClosingNote()
    {
        string[] uncertain = [.. Catalogue.KiProgrammes.SelectMany(p => p.Versions.SelectMany(v => v.UncertainFigures().Select(f => $"{p.Id}: {f.Name}")))];

        // Every start date is [U] (earliest attestation, not the programme's start); the IfKuF and Auridis periods are inferred.
        Assert.Equal(Catalogue.KiProgrammes.Length, uncertain.Count(u => u.EndsWith(": validity", StringComparison.Ordinal)));
        Assert.Contains("rucksack-schule: funding period", uncertain);
        Assert.Contains("griffbereit: funding period", uncertain);
    }
}
