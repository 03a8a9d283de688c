namespace Ki.Domain.Benchmarks.Eligibility;

/// <summary>Seeded KOMM-AN III applications for fiscal year 2020: about half eligible, the rest failing one or more rules.</summary>
internal static class BenchApplications
{
    public static readonly LocalDate AsOf = new(2020, 2, 1);

    private static readonly MunicipalityKey[] Seats = [.. new[] { "05974040", "05974052", "05315000", "05111000", "05566028" }.Select(MunicipalityKey.ParseNrw)];

    private static readonly ApplicantKind[] Kinds = [ApplicantKind.WelfareAssociation, ApplicantKind.WelfareAssociation, ApplicantKind.WelfareAssociation, ApplicantKind.RegisteredAssociation];

    public static Application Eligible() =>
        new("III-017", new Applicant("Caritas Soest", ApplicantKind.WelfareAssociation) { IsNonProfit = true, Seat = Seats[0] }, "komm-an-3", FiscalYear.Of(2020), Euro.FromEuros(36_000))
        {
            EligibleCosts = Euro.FromEuros(40_000),
            OwnContribution = Euro.FromEuros(4_000),
            PlannedStart = new LocalDate(2020, 3, 1),
            DeliveryPeriod = new DateInterval(new LocalDate(2020, 3, 1), new LocalDate(2020, 12, 31)),
            Submitted = Instant.FromUtc(2019, 11, 20, 9, 15),
            Route = ApplicationRoute.Direct,
        };

    /// <summary>How many of the screening outcomes are eligible.</summary>
    public static int CountEligible(EligibilityOutcome[] outcomes)
    {
        int eligible = 0;
        foreach (EligibilityOutcome outcome in outcomes)
        {
            eligible += outcome == EligibilityOutcome.Eligible ? 1 : 0;
        }

        return eligible;
    }

    public static Application[] Many(int count, int seed)
    {
        var random = new Random(seed);
        var result = new Application[count];
        for (int i = 0; i < count; i++)
        {
            result[i] = Seeded(random, $"A{i:D6}", "Träger");
        }

        return result;
    }

    /// <summary>
    /// One seeded application for 2020 drawn from <paramref name="random"/>: costs of 1,000 to 80,000 EUR, a request of
    /// 90 % of them, an own contribution of 5 to 19 %, a start from 20 days before to 120 days into the year, a tenth
    /// running past the fiscal year and a tenth not non-profit.
    /// </summary>
    public static Application Seeded(Random random, string id, string applicantName)
    {
        long costs = random.NextInt64(100_000, 8_000_000);
        int start = random.Next(-20, 120);
        return new Application(id, new Applicant(applicantName, Kinds[random.Next(Kinds.Length)]) { IsNonProfit = random.Next(10) > 0, Seat = Seats[random.Next(Seats.Length)] },
            "komm-an-3", FiscalYear.Of(2020), Euro.FromCents(costs * 9 / 10))
        {
            EligibleCosts = Euro.FromCents(costs),
            OwnContribution = Euro.FromCents(costs * random.Next(5, 20) / 100),
            PlannedStart = new LocalDate(2020, 1, 1).PlusDays(start),
            DeliveryPeriod = new DateInterval(new LocalDate(2020, 1, 1).PlusDays(start), new LocalDate(2020, 12, 31).PlusDays(random.Next(10) == 0 ? 30 : 0)),
            Submitted = Instant.FromUtc(2019, 11, 1, 0, 0).Plus(Duration.FromHours(random.Next(24 * 60))),
            Route = ApplicationRoute.Direct,
        };
    }
}
