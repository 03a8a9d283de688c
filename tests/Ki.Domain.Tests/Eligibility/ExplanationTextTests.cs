using System.Text;
using Ki.Domain.Applications;
using Ki.Domain.Eligibility;
using Ki.Domain.Serialization;
using Ki.Domain.Tests.Support;
using NodaTime;

namespace Ki.Domain.Tests.Eligibility;

/// <summary>
/// Pins every German and English text of whole decisions on the example applications, so a faster formatter cannot
/// change a character: the decision's message and, per criterion, code, outcome, actual and required value and message.
/// </summary>
public sealed class ExplanationTextTests
{
    private static readonly LocalDate AsOf = new(2020, 2, 1);

    [Fact]
    public void Evaluate_NotEligibleExample_AllTextsAsPinned()
    {
        string texts = Render(EligibilityEvaluator.Default.Evaluate(Example("application-not-eligible.json"), AsOf));
        Assert.Equal(
            """
            KI-ELIG-NOT-ELIGIBLE
            Der Antrag BRA-2020-III-018 ist nicht förderfähig: nicht erfüllt sind KI-ELIG-APPLICANT-KIND, KI-ELIG-DELIVERY-PERIOD, KI-ELIG-EARLY-START, KI-ELIG-GRANT-RANGE, KI-ELIG-OWN-CONTRIBUTION.
            Application BRA-2020-III-018 is not eligible: not met are KI-ELIG-APPLICANT-KIND, KI-ELIG-DELIVERY-PERIOD, KI-ELIG-EARLY-START, KI-ELIG-GRANT-RANGE, KI-ELIG-OWN-CONTRIBUTION.
            KI-ELIG-APPLICANT-KIND Fail
            ehrenamtliche Initiative
            volunteer initiative
            eine von: Wohlfahrtsverband
            one of: welfare association
            Art des Antragstellers: nicht erfüllt (ehrenamtliche Initiative; verlangt: eine von: Wohlfahrtsverband).
            Applicant kind: not met (volunteer initiative; required: one of: welfare association).
            KI-ELIG-NON-PROFIT Pass
            gemeinnützig
            non-profit
            gemeinnützig
            non-profit
            Gemeinnützigkeit: erfüllt (gemeinnützig; verlangt: gemeinnützig).
            Non-profit status: met (non-profit; required: non-profit).
            KI-ELIG-SEAT Pass
            Gemeinde 05974052 (Kreis 05974, Regierungsbezirk 059)
            municipality 05974052 (district 05974, region 059)
            Regierungsbezirk 051, 053, 055, 057, 059
            region 051, 053, 055, 057, 059
            Sitz im Fördergebiet: erfüllt (Gemeinde 05974052 (Kreis 05974, Regierungsbezirk 059); verlangt: Regierungsbezirk 051, 053, 055, 057, 059).
            Seat in the funding area: met (municipality 05974052 (district 05974, region 059); required: region 051, 053, 055, 057, 059).
            KI-ELIG-DEADLINE Pass
            Eingang 10.12.2019 16:00 Uhr
            received 2019-12-10 16:00 Europe/Berlin
            keine Frist (die Förderlinie setzt keine)
            no deadline (the line sets none)
            Antragsfrist: erfüllt (Eingang 10.12.2019 16:00 Uhr; verlangt: keine Frist (die Förderlinie setzt keine)).
            Application deadline: met (received 2019-12-10 16:00 Europe/Berlin; required: no deadline (the line sets none)).
            KI-ELIG-DELIVERY-PERIOD Fail
            15.01.2020 bis 31.03.2021
            2020-01-15 to 2021-03-31
            01.01.2020 bis 31.12.2020
            2020-01-01 to 2020-12-31
            Durchführungszeitraum im Bewilligungszeitraum und Haushaltsjahr: nicht erfüllt (15.01.2020 bis 31.03.2021; verlangt: 01.01.2020 bis 31.12.2020).
            Delivery period inside the approval period and fiscal year: not met (2020-01-15 to 2021-03-31; required: 2020-01-01 to 2020-12-31).
            KI-ELIG-EARLY-START Fail
            Beginn 15.01.2020
            start 2020-01-15
            Beginn am oder nach dem 01.02.2020 (Bewilligung)
            start on or after 2020-02-01 (approval)
            Kein Maßnahmebeginn vor der Bewilligung: nicht erfüllt (Beginn 15.01.2020; verlangt: Beginn am oder nach dem 01.02.2020 (Bewilligung)).
            No start before approval: not met (start 2020-01-15; required: start on or after 2020-02-01 (approval)).
            KI-ELIG-GRANT-RANGE Fail
            4.000,00 €
            4000.00 EUR
            mindestens 5.000,00 €
            at least 5000.00 EUR
            Höhe der beantragten Zuwendung: nicht erfüllt (4.000,00 €; verlangt: mindestens 5.000,00 €).
            Requested grant: not met (4000.00 EUR; required: at least 5000.00 EUR).
            KI-ELIG-OWN-CONTRIBUTION Fail
            200,00 € von 4.200,00 €
            200.00 EUR of 4200.00 EUR
            mindestens 10 % der zuwendungsfähigen Ausgaben (420,00 €)
            at least 10 % of the eligible costs (420.00 EUR)
            Eigenanteil: nicht erfüllt (200,00 € von 4.200,00 €; verlangt: mindestens 10 % der zuwendungsfähigen Ausgaben (420,00 €)).
            Own contribution: not met (200.00 EUR of 4200.00 EUR; required: at least 10 % of the eligible costs (420.00 EUR)).
            """,
            texts);
    }

    [Fact]
    public void Evaluate_EligibleExample_AllTextsAsPinned()
    {
        string texts = Render(EligibilityEvaluator.Default.Evaluate(Example("application-eligible.json"), AsOf));
        Assert.Equal(
            """
            KI-ELIG-ELIGIBLE
            Der Antrag BRA-2020-III-017 ist förderfähig: alle 8 Kriterien sind erfüllt.
            Application BRA-2020-III-017 is eligible: all 8 criteria are met.
            KI-ELIG-APPLICANT-KIND Pass
            Wohlfahrtsverband
            welfare association
            eine von: Wohlfahrtsverband
            one of: welfare association
            Art des Antragstellers: erfüllt (Wohlfahrtsverband; verlangt: eine von: Wohlfahrtsverband).
            Applicant kind: met (welfare association; required: one of: welfare association).
            KI-ELIG-NON-PROFIT Pass
            gemeinnützig
            non-profit
            gemeinnützig
            non-profit
            Gemeinnützigkeit: erfüllt (gemeinnützig; verlangt: gemeinnützig).
            Non-profit status: met (non-profit; required: non-profit).
            KI-ELIG-SEAT Pass
            Gemeinde 05974040 (Kreis 05974, Regierungsbezirk 059)
            municipality 05974040 (district 05974, region 059)
            Regierungsbezirk 051, 053, 055, 057, 059
            region 051, 053, 055, 057, 059
            Sitz im Fördergebiet: erfüllt (Gemeinde 05974040 (Kreis 05974, Regierungsbezirk 059); verlangt: Regierungsbezirk 051, 053, 055, 057, 059).
            Seat in the funding area: met (municipality 05974040 (district 05974, region 059); required: region 051, 053, 055, 057, 059).
            KI-ELIG-DEADLINE Pass
            Eingang 20.11.2019 10:15 Uhr
            received 2019-11-20 10:15 Europe/Berlin
            keine Frist (die Förderlinie setzt keine)
            no deadline (the line sets none)
            Antragsfrist: erfüllt (Eingang 20.11.2019 10:15 Uhr; verlangt: keine Frist (die Förderlinie setzt keine)).
            Application deadline: met (received 2019-11-20 10:15 Europe/Berlin; required: no deadline (the line sets none)).
            KI-ELIG-DELIVERY-PERIOD Pass
            01.03.2020 bis 31.12.2020
            2020-03-01 to 2020-12-31
            01.01.2020 bis 31.12.2020
            2020-01-01 to 2020-12-31
            Durchführungszeitraum im Bewilligungszeitraum und Haushaltsjahr: erfüllt (01.03.2020 bis 31.12.2020; verlangt: 01.01.2020 bis 31.12.2020).
            Delivery period inside the approval period and fiscal year: met (2020-03-01 to 2020-12-31; required: 2020-01-01 to 2020-12-31).
            KI-ELIG-EARLY-START Pass
            Beginn 01.03.2020
            start 2020-03-01
            Beginn am oder nach dem 01.02.2020 (Bewilligung)
            start on or after 2020-02-01 (approval)
            Kein Maßnahmebeginn vor der Bewilligung: erfüllt (Beginn 01.03.2020; verlangt: Beginn am oder nach dem 01.02.2020 (Bewilligung)).
            No start before approval: met (start 2020-03-01; required: start on or after 2020-02-01 (approval)).
            KI-ELIG-GRANT-RANGE Pass
            36.000,00 €
            36000.00 EUR
            mindestens 5.000,00 €
            at least 5000.00 EUR
            Höhe der beantragten Zuwendung: erfüllt (36.000,00 €; verlangt: mindestens 5.000,00 €).
            Requested grant: met (36000.00 EUR; required: at least 5000.00 EUR).
            KI-ELIG-OWN-CONTRIBUTION Pass
            4.000,00 € von 40.000,00 €
            4000.00 EUR of 40000.00 EUR
            mindestens 10 % der zuwendungsfähigen Ausgaben (4.000,00 €)
            at least 10 % of the eligible costs (4000.00 EUR)
            Eigenanteil: erfüllt (4.000,00 € von 40.000,00 €; verlangt: mindestens 10 % der zuwendungsfähigen Ausgaben (4.000,00 €)).
            Own contribution: met (4000.00 EUR of 40000.00 EUR; required: at least 10 % of the eligible costs (4000.00 EUR)).
            """,
            texts);
    }

    [Fact]
    public void Evaluate_MissingFacts_AllTextsAsPinned()
    {
        Application full = Example("application-eligible.json");
        Application application = new(full.Id, new Applicant(full.Applicant.Name, full.Applicant.Kind), full.LineId, full.FiscalYear, full.RequestedAmount)
        {
            EligibleCosts = full.EligibleCosts,
            OwnContribution = full.OwnContribution,
        };

        string texts = Render(EligibilityEvaluator.Default.Evaluate(application, AsOf));
        Assert.Equal(
            """
            KI-ELIG-UNDETERMINED
            Über den Antrag BRA-2020-III-017 kann nicht entschieden werden; es fehlen: applicant.nonProfit, applicant.seat, deliveryPeriod, plannedStart.
            Application BRA-2020-III-017 cannot be decided; missing: applicant.nonProfit, applicant.seat, deliveryPeriod, plannedStart.
            KI-ELIG-APPLICANT-KIND Pass
            Wohlfahrtsverband
            welfare association
            eine von: Wohlfahrtsverband
            one of: welfare association
            Art des Antragstellers: erfüllt (Wohlfahrtsverband; verlangt: eine von: Wohlfahrtsverband).
            Applicant kind: met (welfare association; required: one of: welfare association).
            KI-ELIG-NON-PROFIT Unknown
            fehlt: applicant.nonProfit
            missing: applicant.nonProfit
            gemeinnützig
            non-profit
            Gemeinnützigkeit: nicht entscheidbar, es fehlt applicant.nonProfit (verlangt: gemeinnützig).
            Non-profit status: cannot be decided, applicant.nonProfit is missing (required: non-profit).
            KI-ELIG-SEAT Unknown
            fehlt: applicant.seat
            missing: applicant.seat
            Regierungsbezirk 051, 053, 055, 057, 059
            region 051, 053, 055, 057, 059
            Sitz im Fördergebiet: nicht entscheidbar, es fehlt applicant.seat (verlangt: Regierungsbezirk 051, 053, 055, 057, 059).
            Seat in the funding area: cannot be decided, applicant.seat is missing (required: region 051, 053, 055, 057, 059).
            KI-ELIG-DEADLINE Pass
            Eingang nicht erfasst
            receipt not recorded
            keine Frist (die Förderlinie setzt keine)
            no deadline (the line sets none)
            Antragsfrist: erfüllt (Eingang nicht erfasst; verlangt: keine Frist (die Förderlinie setzt keine)).
            Application deadline: met (receipt not recorded; required: no deadline (the line sets none)).
            KI-ELIG-DELIVERY-PERIOD Unknown
            fehlt: deliveryPeriod
            missing: deliveryPeriod
            01.01.2020 bis 31.12.2020
            2020-01-01 to 2020-12-31
            Durchführungszeitraum im Bewilligungszeitraum und Haushaltsjahr: nicht entscheidbar, es fehlt deliveryPeriod (verlangt: 01.01.2020 bis 31.12.2020).
            Delivery period inside the approval period and fiscal year: cannot be decided, deliveryPeriod is missing (required: 2020-01-01 to 2020-12-31).
            KI-ELIG-EARLY-START Unknown
            fehlt: plannedStart
            missing: plannedStart
            Beginn am oder nach dem 01.02.2020 (Bewilligung)
            start on or after 2020-02-01 (approval)
            Kein Maßnahmebeginn vor der Bewilligung: nicht entscheidbar, es fehlt plannedStart (verlangt: Beginn am oder nach dem 01.02.2020 (Bewilligung)).
            No start before approval: cannot be decided, plannedStart is missing (required: start on or after 2020-02-01 (approval)).
            KI-ELIG-GRANT-RANGE Pass
            36.000,00 €
            36000.00 EUR
            mindestens 5.000,00 €
            at least 5000.00 EUR
            Höhe der beantragten Zuwendung: erfüllt (36.000,00 €; verlangt: mindestens 5.000,00 €).
            Requested grant: met (36000.00 EUR; required: at least 5000.00 EUR).
            KI-ELIG-OWN-CONTRIBUTION Pass
            4.000,00 € von 40.000,00 €
            4000.00 EUR of 40000.00 EUR
            mindestens 10 % der zuwendungsfähigen Ausgaben (4.000,00 €)
            at least 10 % of the eligible costs (4000.00 EUR)
            Eigenanteil: erfüllt (4.000,00 € von 40.000,00 €; verlangt: mindestens 10 % der zuwendungsfähigen Ausgaben (4.000,00 €)).
            Own contribution: met (4000.00 EUR of 40000.00 EUR; required: at least 10 % of the eligible costs (4000.00 EUR)).
            """,
            texts);
    }

    private static Application Example(string name) =>
        EligibilityJson.ReadApplication(File.ReadAllBytes(RepositoryPaths.Combine("docs", "examples", name)));

    private static string Render(EligibilityDecision decision)
    {
        var text = new StringBuilder();
        text.Append(decision.Code).Append('\n');
        text.Append(decision.Message.German).Append('\n');
        text.Append(decision.Message.English).Append('\n');
        foreach (CriterionResult result in decision.Results)
        {
            text.Append(result.Code).Append(' ').Append(result.Outcome).Append('\n');
            text.Append(result.Actual.German).Append('\n');
            text.Append(result.Actual.English).Append('\n');
            text.Append(result.Required.German).Append('\n');
            text.Append(result.Required.English).Append('\n');
            text.Append(result.Message.German).Append('\n');
            text.Append(result.Message.English).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }
}
