using System.Collections.Immutable;
using Ki.Domain.Benchmarks.Eligibility;

namespace Ki.Domain.Benchmarks.Awards;

/// <summary>The seeded rounds of the round benchmarks (issue 16).</summary>
internal static class RoundInputs
{
    /// <summary>
    /// A KOMM-AN III round of <paramref name="count"/> seeded applications for 2020 (about a fifth eligible: the rest fail a rule), decided on
    /// 1 February 2020, with a budget of 60 % of the eligible grants and a minimum grant of 5,000 EUR after the cut, pro rata.
    /// </summary>
    public static AwardRound KommAn3(int count, int seed)
    {
        var random = new Random(seed);
        var applications = new Application[count];
        long requested = 0;
        for (int i = 0; i < count; i++)
        {
            applications[i] = BenchApplications.Seeded(random, $"R{(i * 7_919) % count:D6}-{i}", "Träger " + i);
            requested += applications[i].RequestedAmount.Cents;
        }

        // The budget is 60 % of what the eligible applications' grants come to, so that the round is cut.
        AwardRound Round(Euro budget) => new($"komm-an-3-2020-bench-{count}", "komm-an-3", new LocalDate(2020, 2, 1), budget, AwardPolicy.ProRata, applications)
        {
            MinimumGrant = Euro.FromEuros(5_000),
        };
        Euro demand = AwardAllocator.Default.Allocate(Round(Euro.FromCents(requested))).Demand;
        return Round(Euro.FromCents(demand.Cents * 6 / 10));
    }

    /// <summary>
    /// A KOMM-AN II round of 2016 over all of NRW in two stages: every Kreis and every kreisfreie Stadt with an
    /// integration centre applies to the Land (budget 80 % of the requests, pro rata); each Kreis passes its award on
    /// to all its towns by population with a base amount of 1,000 EUR; so every one of the 396 municipalities gets a
    /// line in one of the two stages.
    /// </summary>
    public static AwardRound Nrw2016(Gazetteer gazetteer)
    {
        var asOf = new LocalDate(2016, 10, 1);
        var land = new List<Application>();
        var plans = ImmutableDictionary.CreateBuilder<string, PassThroughPlan>(StringComparer.Ordinal);
        long requested = 0;
        foreach (District district in gazetteer.Districts)
        {
            ImmutableArray<MunicipalityKey> towns = district.MunicipalityKeys;
            bool isKreis = district.Kind != DistrictKind.KreisfreieStadt; // the StädteRegion Aachen acts as a Kreis
            long amount = 20_000_00 + (district.Population / 10 * 100);
            var applicant = isKreis
                ? new Applicant(district.Name, ApplicantKind.Kreis) { Seat = towns[0], OfficialDistrictKey = district.Key, RunsIntegrationCentre = true }
                : new Applicant(district.Name, ApplicantKind.KreisfreieStadt) { Seat = towns[0], OfficialDistrictKey = district.Key, OfficialMunicipalityKey = towns[0], RunsIntegrationCentre = true };
            string id = "KI-" + district.Key.Code;
            land.Add(Komm2b(id, applicant, amount, ApplicationRoute.Direct));
            requested += amount;
            if (isKreis)
            {
                plans[id] = new PassThroughPlan(PassThroughMethod.Population, towns.Select(t => Komm2b(
                    "G-" + t.Code,
                    new Applicant("Gemeinde " + gazetteer.GetMunicipality(t).Name, ApplicantKind.Gemeinde) { Seat = t, OfficialMunicipalityKey = t },
                    amount,
                    ApplicationRoute.ViaMunicipalAdministration)))
                {
                    BaseAmount = Euro.FromEuros(1_000),
                };
            }
        }

        return new AwardRound("komm-an-2b-2016-nrw", "komm-an-2b", asOf, Euro.FromCents(requested * 8 / 10), AwardPolicy.ProRata, land)
        {
            PassThroughPlans = plans.ToImmutable(),
        };
    }

    /// <summary>Reads every German and English text of a decided round (award reasons, decisions, criteria) and returns their length.</summary>
    public static long TouchAllTexts(AwardResult result)
    {
        long length = Length(result.Message);
        foreach (AwardLine line in result.Lines)
        {
            length += Length(line.Reason) + Length(line.Decision.Message);
            foreach (CriterionResult criterion in line.Decision.Results)
            {
                foreach (CriterionResult c in criterion.Flatten())
                {
                    length += Length(c.Message) + Length(c.Actual) + Length(c.Required);
                }
            }
        }

        return length;
    }

    private static Application Komm2b(string id, Applicant applicant, long cents, ApplicationRoute route) =>
        new(id, applicant, "komm-an-2b", FiscalYear.Of(2016), Euro.FromCents(cents))
        {
            EligibleCosts = Euro.FromCents(cents),
            PlannedStart = new LocalDate(2016, 10, 15),
            DeliveryPeriod = new DateInterval(new LocalDate(2016, 10, 15), new LocalDate(2016, 12, 31)),
            Route = route,
        };

    private static long Length(LocalizedText text) => text.German.Length + text.English.Length;
}
