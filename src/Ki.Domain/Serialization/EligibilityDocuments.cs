using System.Collections.Immutable;
using Ki.Domain.Applications;
using Ki.Domain.Awards;
using Ki.Domain.Eligibility;
using Ki.Domain.Money;
using Ki.Domain.Places;
using Ki.Domain.Programmes;
using NodaTime;
using static Ki.Domain.Serialization.ProgrammesDocuments;

namespace Ki.Domain.Serialization;

/// <summary>
/// The wire shapes of the Applications, Eligibility and Awards rooms: rule files, applications, eligibility decisions,
/// award rounds and award results. Each part maps itself to the model (<c>To...</c>, naming the JSON path of every
/// problem) and from it (<c>From</c>).
/// </summary>
/// <remarks>
/// Money is a decimal string (<c>"12000.00"</c>), shares and unit counts decimal strings (<c>"0.1"</c>), dates ISO
/// strings, periods ISO intervals, instants ISO with offset, days of the year <c>"--09-30"</c>, enum values kebab-case
/// codes (<see cref="EnumCodes"/>), texts <c>{"de":...,"en":...}</c>. Absent values and empty lists are left out.
/// </remarks>
internal static class EligibilityDocuments
{

    /// <summary>A rule file: <c>{"schemaVersion":1,"ruleSets":[...]}</c>.</summary>
    internal sealed record RuleBookDocument(
        int SchemaVersion,
        IReadOnlyList<RuleSetData> RuleSets,
        [property: System.Text.Json.Serialization.JsonPropertyOrder(-1)] IReadOnlyList<FactData>? Facts = null) : IVersionedDocument;

    /// <summary>The declaration of a named fact: name, type (number, amount, date, key), label and unit.</summary>
    internal sealed record FactData(string Name, string Type, TextData Label, TextData? Unit = null);

    /// <summary>An application file: <c>{"schemaVersion":1,"application":{...}}</c>.</summary>
    internal sealed record ApplicationDocument(int SchemaVersion, ApplicationData Application) : IVersionedDocument;

    /// <summary>An eligibility decision: <c>{"schemaVersion":1,"decision":{...}}</c>.</summary>
    internal sealed record DecisionDocument(int SchemaVersion, DecisionData Decision) : IVersionedDocument;

    /// <summary>An award round file.</summary>
    internal sealed record AwardRoundDocument(
        int SchemaVersion,
        string Id,
        string Line,
        LocalDate AsOf,
        Euro Budget,
        AwardPolicy Policy,
        IReadOnlyList<RoundEntryData> Applications,
        RoundingMode? Rounding = null) : IVersionedDocument;

    /// <summary>An award result with its round's identity and every line's decision.</summary>
    internal sealed record AwardResultDocument(
        int SchemaVersion,
        string Round,
        string Line,
        LocalDate AsOf,
        AwardPolicy Policy,
        Euro Budget,
        Euro Demand,
        Euro Awarded,
        Euro Unallocated,
        bool Reconciled,
        string Code,
        TextData Message,
        IReadOnlyList<AwardLineData> Lines,
        LocalDate? VersionStart = null,
        bool? ReconciledAtBothLevels = null,
        IReadOnlyList<PassThroughResultData>? PassThroughs = null) : IVersionedDocument;

    /// <summary>What a first recipient passed on (Weiterleitung): totals, method and every final recipient.</summary>
    internal sealed record PassThroughResultData(
        string FirstRecipient,
        string Name,
        PassThroughMethod Method,
        string Code,
        TextData Message,
        Euro Award,
        Euro PassedOn,
        Euro Retained,
        Euro Unallocated,
        bool Reconciled,
        IReadOnlyList<FinalAwardData> FinalRecipients)
    {
        public static PassThroughResultData From(PassThroughResult p) => new(
            p.First.ApplicationId,
            p.FirstRecipient.Name,
            p.Plan.Method,
            p.Code,
            Text(p.Message),
            p.Award,
            p.PassedOn,
            p.Retained,
            p.Unallocated,
            p.IsReconciled,
            [.. p.Lines.Select(FinalAwardData.From)]);
    }

    /// <summary>One final recipient's request (Letztempfänger) and what it was awarded.</summary>
    internal sealed record FinalAwardData(
        string Request,
        string Recipient,
        ApplicantKind Kind,
        EligibilityOutcome Eligibility,
        string DecisionCode,
        Euro Requested,
        Euro Awarded,
        string Code,
        TextData Reason,
        IReadOnlyList<string>? FailedCriteria = null,
        AncillaryProvisions? Provisions = null,
        bool? ProvisionsUncertain = null,
        string? LegalReference = null)
    {
        public static FinalAwardData From(FinalAward f)
        {
            string[] failed = [.. f.Line.Decision.Failures.Select(c => c.Code)];
            return new(
                f.Request.Id,
                f.Request.Applicant.Name,
                f.Request.Applicant.Kind,
                f.Line.Decision.Outcome,
                f.Line.Decision.Code,
                f.Requested,
                f.Awarded,
                f.Code,
                Text(f.Line.Reason),
                failed.Length == 0 ? null : failed,
                f.Provisions,
                f.Provisions is null ? null : f.ProvisionsUncertain,
                f.ProvisionsReference);
        }
    }

    /// <summary>One rule set: line, version start, criteria.</summary>
    /// <remarks>Without <c>version</c> the rules attach to every version of the line; <c>recipients: "final"</c> marks the rules for final recipients of a pass-through.</remarks>
    internal sealed record RuleSetData(
        [property: System.Text.Json.Serialization.JsonPropertyOrder(-2)] string Line,
        IReadOnlyList<CriterionData> Criteria,
        [property: System.Text.Json.Serialization.JsonPropertyOrder(-1)] LocalDate? Version = null,
        [property: System.Text.Json.Serialization.JsonPropertyOrder(-1)] string? Recipients = null);

    /// <summary>One criterion; which fields it may carry depends on its type (see <see cref="EligibilityMapping"/>).</summary>
    internal sealed record CriterionData(
        string Type,
        IReadOnlyList<ApplicantKind>? Kinds = null,
        IReadOnlyList<DistrictKey>? Districts = null,
        IReadOnlyList<RegionKey>? Regions = null,
        IReadOnlyList<ApplicationRoute>? Routes = null,
        AnnualDate? Day = null,
        int? YearOffset = null,
        Euro? Minimum = null,
        Euro? Maximum = null,
        decimal? MinimumShare = null,
        IReadOnlyList<CriterionData>? Parts = null,
        CriterionData? Part = null,
        string? Fact = null,
        string? Operator = null,
        IReadOnlyList<string>? Values = null,
        string? Reference = null);

    /// <summary>An applicant.</summary>
    /// <remarks><c>officialKey</c> identifies a territorial applicant: a Kreisschlüssel (5 digits) or an AGS (8 digits).</remarks>
    internal sealed record ApplicantData(
        string Name,
        ApplicantKind Kind,
        string? OfficialKey = null,
        bool? NonProfit = null,
        MunicipalityKey? Seat = null,
        bool? RunsIntegrationCentre = null)
    {
        public static ApplicantData From(Applicant a) => new(
            a.Name,
            a.Kind,
            a.OfficialDistrictKey?.Code ?? a.OfficialMunicipalityKey?.Code,
            a.IsNonProfit,
            a.Seat,
            a.RunsIntegrationCentre);

        public Applicant ToApplicant(string path)
        {
            DistrictKey? district = OfficialKey is { Length: 5 } districtKey ? ParseDistrictKey(districtKey, path + ".officialKey") : null;
            MunicipalityKey? municipality = OfficialKey is { Length: not 5 } municipalityKey ? ParseMunicipalityKey(municipalityKey, path + ".officialKey") : null;
            return ProgrammesMapping.Checked(path, () => new Applicant(Name, Kind)
            {
                IsNonProfit = NonProfit,
                Seat = Seat,
                RunsIntegrationCentre = RunsIntegrationCentre,
                OfficialDistrictKey = district,
                OfficialMunicipalityKey = municipality,
            });
        }

        private static DistrictKey ParseDistrictKey(string text, string path) =>
            DistrictKey.TryParseNrw(text, out DistrictKey key) ? key
                : throw new KiDataException(path, $"'{text}' is not the Kreisschlüssel of an NRW district (five digits starting with 05, such as 05974).",
                    $"'{text}' ist nicht der Kreisschlüssel eines Kreises in NRW (fünf Ziffern, beginnend mit 05, etwa 05974).");

        private static MunicipalityKey ParseMunicipalityKey(string text, string path) =>
            MunicipalityKey.TryParseNrw(text, out MunicipalityKey key) ? key
                : throw new KiDataException(path, $"'{text}' is neither a Kreisschlüssel (05974) nor the AGS of an NRW municipality (05974052).",
                    $"'{text}' ist weder ein Kreisschlüssel (05974) noch der AGS einer Gemeinde in NRW (05974052).");
    }

    /// <summary>An application: the one place its fields are spelled for JSON (application files, round entries, decisions).</summary>
    internal sealed record ApplicationData(
        string Id,
        string Line,
        int FiscalYear,
        ApplicantData Applicant,
        Euro RequestedAmount,
        Euro? EligibleCosts = null,
        Euro? OwnContribution = null,
        Euro? ThirdPartyFunds = null,
        IReadOnlyDictionary<string, decimal>? Units = null,
        LocalDate? PlannedStart = null,
        DateInterval? DeliveryPeriod = null,
        Instant? Submitted = null,
        ApplicationRoute? Route = null,
        bool? ContinuesFundedMeasure = null,
        IReadOnlyDictionary<string, System.Text.Json.JsonElement>? Facts = null)
    {
        public static ApplicationData From(Application a) => new(
            a.Id,
            a.LineId,
            a.FiscalYear.Year,
            ApplicantData.From(a.Applicant),
            a.RequestedAmount,
            a.EligibleCosts,
            a.OwnContribution,
            a.ThirdPartyFunds,
            a.Units.IsEmpty ? null : a.Units.OrderBy(u => u.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal),
            a.PlannedStart,
            a.DeliveryPeriod,
            a.Submitted,
            a.Route,
            a.ContinuesFundedMeasure ? true : null,
            a.Facts.IsEmpty ? null : a.Facts.OrderBy(f => f.Key, StringComparer.Ordinal).ToDictionary(f => f.Key, f => EligibilityMapping.FactElement(f.Value), StringComparer.Ordinal));

        /// <summary>The application, checked by <see cref="ApplicationValidator"/>; the first problem names its JSON path.</summary>
        public Application ToApplication(string path)
        {
            EligibilityMapping.Check(FiscalYear is >= 1 and <= 9999, path + ".fiscalYear", $"The fiscal year {FiscalYear} is outside 1 to 9999.",
                $"Das Haushaltsjahr {FiscalYear} liegt außerhalb von 1 bis 9999.");
            Applicant applicant = Applicant.ToApplicant(path + ".applicant");
            Application application = ProgrammesMapping.Checked(path, () => new Application(Id, applicant, Line, Programmes.FiscalYear.Of(FiscalYear), RequestedAmount)
            {
                EligibleCosts = EligibleCosts,
                OwnContribution = OwnContribution,
                ThirdPartyFunds = ThirdPartyFunds,
                Units = Units is null ? ImmutableDictionary<string, decimal>.Empty : Units.ToImmutableDictionary(StringComparer.Ordinal),
                PlannedStart = PlannedStart,
                DeliveryPeriod = DeliveryPeriod,
                Submitted = Submitted,
                Route = Route,
                ContinuesFundedMeasure = ContinuesFundedMeasure ?? false,
                Facts = EligibilityMapping.ToFacts(Facts, path + ".facts"),
            });
            ImmutableArray<ApplicationFinding> findings = ApplicationValidator.Check(application);
            if (!findings.IsEmpty)
            {
                ApplicationFinding first = findings[0];
                throw new KiDataException(path + "." + CamelPath(first.Field), $"{first.Message.English} ({first.Code})", $"{first.Message.German} ({first.Code})");
            }

            return application;
        }

        private static string CamelPath(string propertyName) =>
            string.Join('.', propertyName.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
    }

    /// <summary>A sub-award planned for pass-through (Weiterleitung).</summary>
    internal sealed record SubAwardData(string Recipient, ApplicantKind Kind, Euro Amount, MunicipalityKey? Seat = null)
    {
        public static SubAwardData From(SubAward s) => new(s.Recipient, s.Kind, s.Amount, s.Seat);

        public SubAward ToSubAward(string path)
        {
            EligibilityMapping.Check(!string.IsNullOrWhiteSpace(Recipient), path + ".recipient", "The recipient must not be blank.", "Der Empfänger darf nicht leer sein.");
            EligibilityMapping.Check(Amount.IsPositive, path + ".amount", $"The amount {Amount} must be positive.",
                string.Create(Internal.TextFormats.German, $"Der Betrag {Amount} muss positiv sein."));
            return ProgrammesMapping.Checked(path, () => new SubAward(Recipient, Kind, Amount) { Seat = Seat });
        }
    }

    /// <summary>One entry of a round: an application with its priority tier, planned sub-awards and pass-through plan.</summary>
    internal sealed record RoundEntryData(ApplicationData Application, int? Priority = null, IReadOnlyList<SubAwardData>? SubAwards = null, PassThroughPlanData? PassThrough = null);

    /// <summary>A first recipient's pass-through plan (Weiterleitung): method, retained part, minimum, base, floor, requests.</summary>
    internal sealed record PassThroughPlanData(
        string Method,
        IReadOnlyList<PassThroughRequestData> Requests,
        Euro? Retained = null,
        Euro? MinimumGrant = null,
        Euro? BaseAmount = null,
        Euro? Floor = null);

    /// <summary>A final recipient's request in a pass-through plan, with its priority tier.</summary>
    internal sealed record PassThroughRequestData(ApplicationData Application, int? Priority = null);

    /// <summary>One criterion's answer.</summary>
    internal sealed record CriterionResultData(
        string Code,
        string Type,
        CriterionOutcome Outcome,
        TextData Actual,
        TextData Required,
        TextData Message,
        string LegalReference,
        IReadOnlyList<string>? MissingFacts = null,
        IReadOnlyList<CriterionResultData>? Parts = null)
    {
        public static CriterionResultData From(CriterionResult r) => new(
            r.Code,
            r.Criterion.Type,
            r.Outcome,
            Text(r.Actual),
            Text(r.Required),
            Text(r.Message),
            r.LegalReference,
            r.MissingFacts.IsEmpty ? null : [.. r.MissingFacts],
            r.Children.IsEmpty ? null : [.. r.Children.Select(From)]);
    }

    /// <summary>An eligibility decision with the application it decides, the version and rules it applied, and every criterion's answer.</summary>
    internal sealed record DecisionData(
        ApplicationData Application,
        LocalDate AsOf,
        EligibilityOutcome Outcome,
        string Code,
        TextData Message,
        string LibraryVersion,
        LocalDate? VersionStart = null,
        string? RulesHash = null,
        IReadOnlyList<string>? MissingFacts = null,
        IReadOnlyList<CriterionResultData>? Criteria = null)
    {
        public static DecisionData From(EligibilityDecision d) => new(
            ApplicationData.From(d.Application),
            d.AsOf,
            d.Outcome,
            d.Code,
            Text(d.Message),
            d.LibraryVersion,
            d.Version?.Validity.Start,
            d.RulesHash,
            d.MissingFacts.IsEmpty ? null : [.. d.MissingFacts],
            d.Results.IsEmpty ? null : [.. d.Results.Select(CriterionResultData.From)]);
    }

    /// <summary>What a first recipient passes on.</summary>
    internal sealed record PassThroughData(string Code, TextData Message, Euro PassedOn, Euro Retained, IReadOnlyList<SubAwardResultData>? SubAwards = null)
    {
        public static PassThroughData From(PassThrough p) =>
            new(p.Code, Text(p.Message), p.PassedOn, p.Retained, p.SubAwards.IsEmpty ? null : [.. p.SubAwards.Select(SubAwardResultData.From)]);
    }

    /// <summary>A sub-award made, with the ancillary provisions that apply to it.</summary>
    internal sealed record SubAwardResultData(string Recipient, ApplicantKind Kind, Euro Amount, AncillaryProvisions Provisions, string LegalReference, MunicipalityKey? Seat = null)
    {
        public static SubAwardResultData From(SubAward s) => new(s.Recipient, s.Kind, s.Amount, s.Provisions, s.LegalReference, s.Seat);
    }

    /// <summary>One line of an award result.</summary>
    internal sealed record AwardLineData(
        string Application,
        EligibilityOutcome Eligibility,
        string DecisionCode,
        Euro Requested,
        Euro Computed,
        Euro Awarded,
        string Code,
        TextData Reason,
        int? Tier = null,
        string? RulesHash = null,
        IReadOnlyList<string>? FailedCriteria = null,
        PassThroughData? PassThrough = null)
    {
        public static AwardLineData From(AwardLine l)
        {
            string[] failed = [.. l.Decision.Failures.Select(f => f.Code)];
            return new(
                l.ApplicationId,
                l.Decision.Outcome,
                l.Decision.Code,
                l.Requested,
                l.Computed,
                l.Awarded,
                l.Code,
                Text(l.Reason),
                l.Tier,
                l.Decision.RulesHash,
                failed.Length == 0 ? null : failed,
                l.PassThrough is { } p ? PassThroughData.From(p) : null);
        }
    }

    /// <summary>A text in both languages.</summary>
    internal static TextData Text(LocalizedText text) => new(text.German, text.English);
}
