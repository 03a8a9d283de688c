namespace Ki.Domain.Tests.Programmes;

/// <summary>
/// The texts of a grant's steps and reason are written when first read (issue 16): they must read exactly as a
/// grant officer expects, be the same on every read, and survive many threads reading a fresh result at once.
/// </summary>
public sealed partial class GrantCalculatorTests
{
    [Fact]
    public void Texts_OfAShareGrant_NameEveryFigureInBothLanguages()
    {
        // KOMM-AN part III: 90 % of 12,000 EUR.
        GrantResult result = Calculator.Calculate(Line("komm-an-3"), new GrantRequest(E(12_000)) { On = new LocalDate(2020, 5, 1) });

        GrantStep rate = Assert.Single(result.Steps, s => s.Name == "rate");
        Assert.Equal("Anteilfinanzierung: 90 % × 12.000,00 € = 10.800,00 € (kaufmännische Rundung).", rate.Text.German);
        Assert.StartsWith("Share financing: 90 % × 12000.00 EUR = 10800.00 EUR (", rate.Text.English, StringComparison.Ordinal);
        TextAssert.Says(result.Reason, "Zuwendung von 10.800,00 €.", "A grant of 10800.00 EUR.");
        Assert.Equal("Zuwendung: 10.800,00 €.", result.Steps[^1].Text.German);
    }

    [Fact]
    public void Texts_OfADeficitGrant_ShowTheSubtraction()
    {
        GrantResult result = Calculator.Calculate("test-line", Version(FinancingType.Deficit),
            new GrantRequest(E(10_000)) { OwnContribution = E(1_500), ThirdPartyFunds = E(500), On = new LocalDate(2020, 3, 1) });

        GrantStep deficit = Assert.Single(result.Steps, s => s.Name == "deficit");
        TextAssert.Says(deficit.Text, "Fehlbedarfsfinanzierung: 10.000,00 € − Eigenanteil 1.500,00 € − Drittmittel 500,00 € = 8.000,00 €.", "Deficit financing: 10000.00 EUR − own contribution 1500.00 EUR − third-party funds 500.00 EUR = 8000.00 EUR.");
    }

    [Fact]
    public void Texts_OfAGrantBelowTheMinimumAndCapped_SayWhichLimitApplied()
    {
        GrantResult below = Calculator.Calculate("test-line", Version(FinancingType.Full, minimum: 5_000),
            new GrantRequest(E(4_000)) { On = new LocalDate(2020, 3, 1) });
        GrantResult capped = Calculator.Calculate("test-line", Version(FinancingType.Full, cap: 3_000),
            new GrantRequest(E(4_000)) { On = new LocalDate(2020, 3, 1) });

        Assert.Equal("Die Zuwendung von 4.000,00 € läge unter der Bagatellgrenze von 5.000,00 €; es wird keine Zuwendung gewährt.", below.Reason.German);
        Assert.Equal("Minimum grant 5000.00 EUR: not reached.", Assert.Single(below.Steps, s => s.Name == "minimum-grant").Text.English);
        Assert.Equal("Keine Zuwendung (KI-GRANT-BELOW-MINIMUM).", below.Steps[^1].Text.German);
        Assert.Equal("Höchstbetrag 3.000,00 € angewandt (berechnet 4.000,00 €).", Assert.Single(capped.Steps, s => s.Name == "cap-applied").Text.German);
    }

    [Fact]
    public void Minimum_GrantEqualToTheMinimum_IsGrantedAndOneCentLessIsNot()
    {
        // Bagatellgrenze: a grant of exactly the minimum is made; one cent below it is not.
        GrantResult at = Calculator.Calculate("test-line", Version(FinancingType.Full, minimum: 5_000),
            new GrantRequest(E(5_000)) { On = new LocalDate(2020, 3, 1) });
        GrantResult below = Calculator.Calculate("test-line", Version(FinancingType.Full, minimum: 5_000),
            new GrantRequest(Euro.FromCents(499_999)) { On = new LocalDate(2020, 3, 1) });

        Assert.Equal(GrantCodes.Granted, at.Code);
        Assert.Equal(E(5_000), at.Grant);
        Assert.Equal("Bagatellgrenze 5.000,00 €: erreicht.", Assert.Single(at.Steps, s => s.Name == "minimum-grant").Text.German);
        Assert.Equal(GrantCodes.BelowMinimum, below.Code);
        Assert.Equal(Euro.Zero, below.Grant);
        Assert.Equal("Minimum grant 5000.00 EUR: not reached.", Assert.Single(below.Steps, s => s.Name == "minimum-grant").Text.English);
    }

    [Fact]
    public void Texts_WhenFactsAreMissing_NameThemAndStateNoAmount()
    {
        GrantResult result = Calculator.Calculate("test-line", Version(FinancingType.Deficit),
            new GrantRequest(null) { OwnContribution = E(1_000), On = new LocalDate(2020, 3, 1) });

        Assert.Equal(GrantOutcome.Undetermined, result.Outcome);
        TextAssert.Contains(result.Reason, "es fehlen Angaben (eligibleCosts, thirdPartyFunds)", "(eligibleCosts, thirdPartyFunds)");
        GrantStep grant = Assert.Single(result.Steps);
        Assert.Null(grant.Amount);
        Assert.Equal("Grant not determined (KI-GRANT-FACT-MISSING).", grant.Text.English);
    }

    [Fact]
    public void Texts_ReadByManyThreadsAtOnce_AreTheSameTextForEveryReader()
    {
        for (int round = 0; round < 20; round++)
        {
            // A fresh result each time, so that the first reads race.
            GrantResult result = SixPostsAndAHalfPost(ApplicantKind.KreisfreieStadt);
            string[] seen = new string[16];
            Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
                seen[i] = result.Reason.German + "|" + result.Reason.English + "|" + string.Join("|", result.Steps.Select(s => s.Text.German + s.Text.English)));

            Assert.All(seen, text => Assert.Equal(seen[0], text));
            Assert.DoesNotContain("||", seen[0], StringComparison.Ordinal);
            Assert.Same(result.Reason.German, result.Reason.German); // written once, then kept
        }
    }

    [Fact]
    public void GrantStep_MadeByAHost_KeepsItsText()
    {
        var step = new GrantStep("rate", new LocalizedText("Satz", "Rate"), E(10), default);

        Assert.Equal("Satz", step.Text.German);
        Assert.Equal("Rate", step.ToString());
    }
}
