using Ki.Domain.Internal;
using Ki.Domain.Money;
using Ki.Domain.Programmes;
using Ki.Domain.Settlement;
using NodaTime;
using static Ki.Domain.Serialization.ProgrammesDocuments;
using static Ki.Domain.Serialization.SettlementDocuments;

namespace Ki.Domain.Serialization;

/// <summary>
/// JSON for the Settlement room: the Basiszinssatz table (§ 247 BGB), so that a user can replace the embedded table
/// with a newer one from a file; the settlement case (proof of use, repayment dates, payouts); and the settled result.
/// </summary>
/// <remarks>
/// <para>
/// A base rate file is <c>{"schemaVersion":1,"source":{...},"knownUntil":"2026-06-30","rates":[{"from":"2002-01-01","percent":"2.57"},...]}</c>:
/// the publication the table follows, the last day it is known to hold, and each value with the day it took effect
/// (ascending). A value with its own <c>source</c> (such as one marked uncertain) keeps it; the others take the
/// table's. The schema is <c>docs/schemas/base-rates.schema.json</c>; <c>docs/examples/base-rates.json</c> is the
/// embedded table.
/// </para>
/// <para>
/// A settlement case is <c>{"schemaVersion":1,"id":...,"financing":"share","awarded":"72000.00","paidOut":"72000.00",
/// "items":[{"id":"staff","name":"Personal","planned":"60000.00","actual":"58000.00"}],"funds":[...],"units":[...],
/// "terms":{...},"repayment":{"ineffectiveFrom":...,"asOf":...,"payments":[...]},"payouts":[...]}</c>; the schema is
/// <c>docs/schemas/settlement-case.schema.json</c>, examples are in <c>docs/examples/settlement-*.json</c>.
/// </para>
/// <para>
/// Every problem is one <see cref="KiDataException"/> with the JSON path. <c>Read(Write(x))</c> gives an equal table.
/// Stateless; safe to call from many threads.
/// </para>
/// </remarks>
public static class SettlementJson
{
    /// <summary>Writes a base rate table.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The document as UTF-8.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static byte[] Write(BaseRateTable table)
    {
        Preconditions.CheckNotNull(table);
        var document = new BaseRateTableDocument(
            JsonDocuments.SchemaVersion,
            ProgrammesMapping.From(table.Source)!,
            table.KnownUntil,
            [.. table.Rates.Select(r => new BaseRateData(r.From, r.Percent, r.Source == table.Source ? null : ProgrammesMapping.From(r.Source)))]);
        return JsonDocuments.Write(document, KiJsonContext.Default.BaseRateTableDocument);
    }

    /// <summary>Reads a base rate table.</summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The table.</returns>
    /// <exception cref="KiDataException">The document is malformed or breaks a limit, has no rate, lists rates out
    /// of date order or twice, has a rate outside −100 to 100 %, a source without a citation, or a last known day
    /// before its last rate.</exception>
    public static BaseRateTable ReadBaseRates(ReadOnlySpan<byte> utf8Json, KiJsonLimits? limits = null)
    {
        BaseRateTableDocument d = JsonDocuments.Read(utf8Json, KiJsonContext.Default.BaseRateTableDocument, limits, "base rate table");
        SourceReference source = ProgrammesMapping.ToSource(d.Source, "$.source");
        if (d.Rates.Count == 0)
        {
            throw new KiDataException("$.rates", "A base rate table needs at least one rate.", "Eine Basiszinstabelle braucht mindestens einen Zinssatz.");
        }

        LocalDate? previous = null;
        List<BaseRate> rates = Each(d.Rates, "$.rates", "A rate must not be null.", "Ein Zinssatz darf nicht null sein.", (rate, path) =>
        {
            if (previous is { } before && rate.From <= before)
            {
                throw new KiDataException($"{path}.from", $"The rate from {rate.From:uuuu'-'MM'-'dd} does not come after the one before it; list the rates in ascending order of their first day, each day once.",
                    $"Der Zinssatz ab {TextFormats.Date(rate.From, german: true)} folgt nicht auf den vorigen; die Zinssätze aufsteigend nach ihrem ersten Tag aufführen, jeden Tag einmal.");
            }

            previous = rate.From;
            SourceReference own = rate.Source is null ? source : ProgrammesMapping.ToSource(rate.Source, $"{path}.source");
            return ProgrammesMapping.Checked(path + ".percent", () => new BaseRate(rate.From, rate.Percent, own));
        });

        return ProgrammesMapping.Checked("$.knownUntil", () => new BaseRateTable(rates, d.KnownUntil, source));
    }

    /// <summary>Writes a settlement case; <c>Read(Write(x))</c> gives an equal case.</summary>
    /// <param name="settlement">The case.</param>
    /// <returns>The document as UTF-8.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settlement"/> is null.</exception>
    public static byte[] Write(SettlementCase settlement)
    {
        Preconditions.CheckNotNull(settlement);
        ProofOfUse proof = settlement.Proof;
        SettlementTerms terms = proof.Terms;
        var document = new SettlementCaseDocument(
            JsonDocuments.SchemaVersion,
            proof.Id,
            proof.Financing,
            proof.Awarded,
            proof.PaidOut,
            [.. proof.Items.Select(i => new CostItemData(i.Id, i.Name, i.Planned, i.Actual))],
            proof.Funds.IsEmpty ? null : [.. proof.Funds.Select(f => new FundsLineData(f.Id, f.Name, f.Kind, f.Planned, f.Actual))],
            proof.FixedUnits.IsEmpty ? null : [.. proof.FixedUnits.Select(u => new UnitUseData(u.Id, u.Name, u.AmountPerUnit, u.AwardedUnits, u.ActualUnits))],
            ReferenceEquals(terms, SettlementTerms.AnbestP) ? null : new TermsData(ProgrammesMapping.From(terms.ItemTolerance), ProgrammesMapping.From(terms.NoReductionThreshold)),
            settlement.Repayment is { } r ? new RepaymentData(r.IneffectiveFrom, r.AsOf, r.Payments.IsEmpty ? null : [.. r.Payments.Select(p => new PaymentData(p.On, p.Amount))]) : null,
            settlement.Payouts.IsEmpty ? null : [.. settlement.Payouts.Select(p => new PayoutData(p.PaidOn, p.Amount, p.UsedOn))]);
        return JsonDocuments.Write(document, KiJsonContext.Default.SettlementCaseDocument);
    }

    /// <summary>Reads a settlement case: the proof of use (award, payout, items, funds, units, terms) and what the interest needs.</summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The case.</returns>
    /// <exception cref="KiDataException">The document is malformed or breaks a limit, or breaks a rule of the proof of
    /// use: no item, an identifier twice, a negative amount, an award above the planned costs, an unknown financing
    /// type or kind of funds, units without Festbetragsfinanzierung, an as-of day before the day the grant became
    /// ineffective, a repayment after the as-of day, or a payout used before it was paid.</exception>
    public static SettlementCase ReadCase(ReadOnlySpan<byte> utf8Json, KiJsonLimits? limits = null)
    {
        SettlementCaseDocument d = JsonDocuments.Read(utf8Json, KiJsonContext.Default.SettlementCaseDocument, limits, "settlement case");
        List<CostItem> items = Each(d.Items, "$.items", "An item must not be null.", "Eine Ausgabeposition darf nicht null sein.",
            (item, path) => ProgrammesMapping.Checked(path, () => new CostItem(item.Id, item.Name, item.Planned, item.Actual)));
        List<FundsLine> funds = Each(d.Funds, "$.funds", "A line of funds must not be null.", "Eine Finanzierungsposition darf nicht null sein.",
            (line, path) => ProgrammesMapping.Checked(path, () => new FundsLine(line.Id, line.Name, line.Kind, line.Planned, line.Actual)));
        List<FixedUnitUse> units = Each(d.Units, "$.units", "A unit must not be null.", "Eine Einheit darf nicht null sein.",
            (unit, path) => ProgrammesMapping.Checked(path, () => new FixedUnitUse(unit.Id, unit.Name, unit.AmountPerUnit, unit.Awarded, unit.Actual)));

        if (units.Count > 0 && d.Financing != FinancingType.FixedAmount)
        {
            throw new KiDataException("$.units", $"Units per Festbetrag need the financing type {EnumCodes.ToCode(FinancingType.FixedAmount)}, not {EnumCodes.ToCode(d.Financing)}.",
                $"Einheiten je Festbetrag verlangen die Finanzierungsart {EnumCodes.ToCode(FinancingType.FixedAmount)} (Festbetragsfinanzierung), nicht {EnumCodes.ToCode(d.Financing)}.");
        }

        SettlementTerms terms = SettlementTerms.AnbestP;
        if (d.Terms is { } t)
        {
            Figure<decimal> tolerance = t.ItemTolerance is { } tol ? ProgrammesMapping.ToFigure(tol, "$.terms.itemTolerance") : terms.ItemTolerance;
            Figure<Euro>? threshold = ProgrammesMapping.ToOptionalFigure(t.NoReductionThreshold, "$.terms.noReductionThreshold");
            terms = ProgrammesMapping.Checked("$.terms", () => new SettlementTerms(tolerance, threshold));
        }

        ProofOfUse proof = ProgrammesMapping.Checked("$", () => new ProofOfUse(d.Id, d.Financing, d.Awarded, d.PaidOut, items, funds)
        {
            FixedUnits = [.. units],
            Terms = terms,
        });

        RepaymentClaim? claim = null;
        if (d.Repayment is { } r)
        {
            List<Payment> payments = Each(r.Payments, "$.repayment.payments", "A repayment must not be null.", "Eine Rückzahlung darf nicht null sein.", (payment, path) =>
            {
                if (payment.On > r.AsOf)
                {
                    throw new KiDataException(path + ".on", $"The repayment on {payment.On:uuuu'-'MM'-'dd} lies after the as-of day {r.AsOf:uuuu'-'MM'-'dd}.",
                        $"Die Rückzahlung am {TextFormats.Date(payment.On, german: true)} liegt nach dem Stichtag {TextFormats.Date(r.AsOf, german: true)}.");
                }

                return ProgrammesMapping.Checked(path + ".amount", () => new Payment(payment.On, payment.Amount));
            });

            claim = ProgrammesMapping.Checked("$.repayment.asOf", () => new RepaymentClaim(r.IneffectiveFrom, r.AsOf, payments));
        }

        List<Payout> payouts = Each(d.Payouts, "$.payouts", "A payout must not be null.", "Eine Auszahlung darf nicht null sein.",
            (payout, path) => ProgrammesMapping.Checked(path, () => new Payout(payout.PaidOn, payout.Amount, payout.UsedOn)));

        return new SettlementCase(proof) { Repayment = claim, Payouts = [.. payouts] };
    }

    /// <summary>Writes a settled case: the final grant with every step and item, the claim, and the interest with its periods.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The document as UTF-8.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static byte[] Write(SettlementResult result)
    {
        Preconditions.CheckNotNull(result);
        FinalGrantResult grant = result.FinalGrant;
        ProofOfUse proof = grant.Proof;
        var document = new SettlementResultDocument(
            JsonDocuments.SchemaVersion,
            proof.Id,
            proof.Financing,
            proof.Awarded,
            proof.PaidOut,
            proof.PlannedCosts,
            grant.RecognisedCosts,
            proof.PlannedFunds,
            proof.ActualFunds,
            grant.FinalGrant,
            grant.Reduction,
            grant.Code,
            ProgrammesMapping.From(grant.Reason),
            grant.Formula,
            grant.Rounding,
            [.. grant.Items.Select(i => new ItemResultData(i.Item.Id, i.Item.Name, i.Item.Planned, i.Item.Actual, i.Recognised, i.Code, ProgrammesMapping.From(i.Text)))],
            [.. grant.Steps.Select(s => new StepData(s.Name, ProgrammesMapping.From(s.Text), s.Amount, ProgrammesMapping.From(s.Source)))],
            result.Overpayment,
            result.Repaid,
            result.Outstanding,
            result.Code,
            ProgrammesMapping.From(result.Reason),
            result.RepaymentInterest is { } interest ? From(interest) : null,
            [.. result.LateUseInterest.Select(From)]);
        return JsonDocuments.Write(document, KiJsonContext.Default.SettlementResultDocument);
    }

    /// <summary>
    /// Reads each entry of a list (none when the list is absent) with its JSON path, such as <c>$.items[2]</c>; a null
    /// entry is refused at its path with the reason given.
    /// </summary>
    private static List<T> Each<TData, T>(IReadOnlyList<TData>? entries, string path, string nullEntry, string nullEntryGerman, Func<TData, string, T> read)
    {
        entries ??= [];
        var result = new List<T>(entries.Count);
        for (int i = 0; i < entries.Count; i++)
        {
            string at = $"{path}[{i}]";
            result.Add(read(entries[i] ?? throw new KiDataException(at, nullEntry, nullEntryGerman), at));
        }

        return result;
    }

    private static InterestData From(InterestResult r) => new(
        r.Rule.LegalReference,
        r.Amount,
        r.Start,
        r.End,
        r.Days,
        r.DayCountName,
        r.Rounding,
        r.Code,
        r.Interest,
        r.ExactInterest.ToString(),
        ProgrammesMapping.From(r.Reason),
        [.. r.Periods.Select(p => new InterestPeriodData(p.FirstDay, p.LastDay, p.Days, p.Amount, p.BaseRate.Percent, p.Margin.Points, p.RatePercent, p.YearDays,
            p.Interest.ToString(), ProgrammesMapping.From(p.Text)))]);
}
