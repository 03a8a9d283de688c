namespace Ki.Domain.Tests.Programmes;

/// <summary>
/// The gaps of the catalogue closed from public sources: the KI directive of 03.04.2025, its application deadline,
/// KIM blocks 2 and 3; what was not read stays marked [U].
/// </summary>
public sealed class CatalogueGapsTests
{
    private static readonly ProgrammeCatalogue Catalogue = ProgrammeCatalogue.Default;

    private static FundingLineVersion On(string id, int year, int month, int day) =>
        (Catalogue.TryFindLine(id, out FundingLine? line) ? line : throw new InvalidOperationException(id)).FindVersion(new LocalDate(year, month, day)).Version!;

    [Fact]
    public void KiStaff_From3April2025_FollowsTheNewDirective_WithTheOldFiguresMarkedUncertain()
    {
        FundingLineVersion v2023 = On("ki-2023-staff", 2025, 4, 2);
        FundingLineVersion v2025 = On("ki-2023-staff", 2025, 4, 3);

        Assert.NotSame(v2023, v2025);
        Assert.Equal(new LocalDate(2025, 4, 3), v2025.Basis!.Date);
        Assert.Contains("bass.schule.nrw/20166.htm", v2025.Basis.Source.Citation, StringComparison.Ordinal);
        Assert.Equal(Euro.FromEuros(57_000), v2025.FindUnit("specialist-post")!.Amount.Value);
        Assert.Equal(Confidence.Verified, v2023.FindUnit("specialist-post")!.Amount.Source.Confidence);
        Assert.Equal(Confidence.Uncertain, v2025.FindUnit("specialist-post")!.Amount.Source.Confidence);
        Assert.Empty(Catalogue.Check());
    }

    [Fact]
    public void KiLines_From2025_HaveTheDeadline31OctoberOfTheYearBefore()
    {
        FundingLineVersion staff = On("ki-2023-staff", 2025, 6, 1);
        FundingLineVersion pool = On("ki-2023-interpreter-pool", 2025, 6, 1);

        Assert.Equal(new LocalDate(2025, 10, 31), staff.Deadline!.Value.DateFor(FiscalYear.Of(2026)));
        Assert.Equal(staff.Deadline, pool.Deadline);
        Assert.True(staff.DeadlineSource.IsUncertain);
        Assert.Contains("17.04.2025 to 31.10.2025", staff.DeadlineSource.Note, StringComparison.Ordinal);
        Assert.Null(On("ki-2023-staff", 2024, 6, 1).Deadline);

        // 31.10.2025 23:59 in Düsseldorf is in time for 2026; 1.11.2025 00:00 is not (CET, UTC+1).
        Instant lastMinute = Instant.FromUtc(2025, 10, 31, 22, 59);
        Assert.True(staff.Deadline.Value.IsMetBy(lastMinute, FiscalYear.Of(2026)));
        Assert.False(staff.Deadline.Value.IsMetBy(lastMinute.Plus(Duration.FromMinutes(1)), FiscalYear.Of(2026)));
    }

    [Fact]
    public void KimBlocks2And3_AreLines_WithThePerPostFigureMarkedUncertain()
    {
        FundingLineVersion caseManagement = On("kim-2", 2023, 6, 1);
        FundingLineVersion offices = On("kim-3", 2023, 6, 1);

        Assert.Equal(Euro.FromEuros(57_000), caseManagement.FindUnit("case-management-post")!.Amount.Value);
        Assert.True(caseManagement.FindUnit("case-management-post")!.Amount.IsUncertain);
        Assert.True(caseManagement.RequiresIntegrationCentre);
        Assert.True(caseManagement.PassThroughAllowed);

        Assert.Equal(Euro.FromEuros(57_000), offices.FindUnit("immigration-office-post")!.Amount.Value);
        Assert.False(offices.RequiresIntegrationCentre);
        Assert.Contains(ApplicantKind.Gemeinde, offices.ApplicantKinds);
        Assert.Equal(["kim-1", "kim-2", "kim-3"], Catalogue.Programmes.Single(p => p.Id == "kim").Lines.Select(l => l.Id));
        Assert.Null(Catalogue.Lines.Single(l => l.Id == "kim-2").FindVersion(new LocalDate(2020, 1, 1)).Version);
    }
}
