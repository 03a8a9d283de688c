using static Ki.Domain.Tests.Eligibility.EligibilityFixtures;

namespace Ki.Domain.Tests.Eligibility;

/// <summary>
/// An evaluator keeps the last line, date and role it looked up (a round asks for the same ten thousand times). A host
/// that reuses one evaluator for other lines, dates and roles, in any order and from many threads, must get exactly
/// what a fresh evaluator answers for each question.
/// </summary>
public sealed class EvaluatorReuseTests
{
    private static readonly Applicant Kreis = new("Kreis Soest", ApplicantKind.Kreis)
    {
        RunsIntegrationCentre = true,
        Seat = MunicipalityKey.ParseNrw("05974040"),
        OfficialDistrictKey = DistrictKey.ParseNrw("05974"),
    };

    private static readonly Applicant Werl = new("Stadt Werl", ApplicantKind.Gemeinde)
    {
        Seat = MunicipalityKey.ParseNrw("05974052"),
        OfficialMunicipalityKey = MunicipalityKey.ParseNrw("05974052"),
    };

    /// <summary>Questions whose answers differ by line, date and role: in force or not, first or final recipient, unknown line.</summary>
    private static readonly (Application Application, LocalDate AsOf, bool AsFinalRecipient)[] Questions =
    [
        (Caritas("iii-2020"), AsOf, false),
        (Caritas("iii-1999"), new LocalDate(1999, 2, 1), false),
        (PartTwo("kreis", Kreis, ApplicationRoute.Direct), new LocalDate(2016, 9, 1), false),
        (PartTwo("werl", Werl, ApplicationRoute.ViaMunicipalAdministration), new LocalDate(2016, 9, 1), true),
        (PartTwo("werl-as-first", Werl, ApplicationRoute.ViaMunicipalAdministration), new LocalDate(2016, 9, 1), false),
        (Copy(Caritas("unknown-line")) is var a ? new Application(a.Id, a.Applicant, "no-such-line", a.FiscalYear, a.RequestedAmount) : null!, AsOf, false),
        (Caritas("iii-2020-again"), AsOf, false),
    ];

    [Fact]
    public void Evaluate_OneEvaluatorAlternatingLinesDatesAndRoles_AnswersAsAFreshEvaluatorDoes()
    {
        EligibilityEvaluator reused = NewEvaluator();
        string[] expected = [.. Questions.Select(q => Answer(NewEvaluator(), q))];
        Assert.Equal(Questions.Length, expected.Distinct().Count()); // the questions really have different answers

        for (int pass = 0; pass < 3; pass++)
        {
            foreach (int i in Enumerable.Range(0, Questions.Length).Reverse().Concat(Enumerable.Range(0, Questions.Length)))
            {
                Assert.Equal(expected[i], Answer(reused, Questions[i]));
            }
        }
    }

    [Fact]
    public void Evaluate_OneEvaluatorFromSixteenThreadsAskingDifferentQuestions_AnswersAsAFreshEvaluatorDoes()
    {
        EligibilityEvaluator shared = NewEvaluator();
        string[] expected = [.. Questions.Select(q => Answer(NewEvaluator(), q))];
        var wrong = new System.Collections.Concurrent.ConcurrentBag<string>();

        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 16 }, thread =>
        {
            for (int k = 0; k < 400; k++)
            {
                int i = (thread + k * 3) % Questions.Length;
                string answer = Answer(shared, Questions[i]);
                if (answer != expected[i])
                {
                    wrong.Add($"{i}: {answer}");
                }
            }
        });

        Assert.Empty(wrong);
    }

    private static EligibilityEvaluator NewEvaluator() => new(ProgrammeCatalogue.Default, RuleBook.Default);

    /// <summary>The code, the version's start, the rules' hash and each criterion's code and outcome.</summary>
    private static string Answer(EligibilityEvaluator evaluator, (Application Application, LocalDate AsOf, bool AsFinalRecipient) q)
    {
        EligibilityDecision d = q.AsFinalRecipient
            ? evaluator.EvaluateFinalRecipient(q.Application, Kreis, q.AsOf)
            : evaluator.Evaluate(q.Application, q.AsOf);
        return $"{q.Application.Id} {d.Code} {d.Version?.Validity.Start} {d.RulesHash} {string.Join(",", d.Results.Select(r => $"{r.Code}={r.Outcome}"))}";
    }

    private static Application PartTwo(string id, Applicant applicant, ApplicationRoute route) =>
        new(id, applicant, "komm-an-2a", FiscalYear.Of(2016), Euro.FromEuros(8_000))
        {
            PlannedStart = new LocalDate(2016, 10, 1),
            DeliveryPeriod = new DateInterval(new LocalDate(2016, 10, 1), new LocalDate(2016, 12, 31)),
            Route = route,
        };
}
