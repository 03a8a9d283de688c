using System.Collections.Immutable;
using Ki.Domain.Applications;
using Ki.Domain.Awards;
using Ki.Domain.Internal;
using Ki.Domain.Money;
using static Ki.Domain.Serialization.EligibilityDocuments;

namespace Ki.Domain.Serialization;

/// <summary>
/// JSON for award rounds (<see cref="AwardRound"/>: the round's line, date, budget, policy and rounding, and its
/// applications with priority tiers and planned pass-through sub-awards) and their results (<see cref="AwardResult"/>),
/// through a source-generated context (trim and AOT safe).
/// </summary>
/// <remarks>
/// Every document carries <c>"schemaVersion": 1</c>. Every problem is one <see cref="KiDataException"/> whose
/// <see cref="KiDataException.Location"/> is the JSON path (<c>$.applications[2].subAwards[0].amount</c>).
/// Stateless; safe to call from many threads.
/// </remarks>
public static class AwardJson
{
    /// <summary>Reads a round file.</summary>
    /// <param name="utf8Json">The file's bytes (UTF-8).</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The round.</returns>
    /// <exception cref="KiDataException">The file is malformed, of another schema version, or breaks a rule of rounds; the exception names the JSON path.</exception>
    public static AwardRound ReadRound(ReadOnlySpan<byte> utf8Json, KiJsonLimits? limits = null) =>
        ToRound(JsonDocuments.Read(utf8Json, KiJsonContext.Default.AwardRoundDocument, limits, "award round"));

    /// <summary>Writes a round file, indented, with <c>schemaVersion</c> 1.</summary>
    /// <param name="round">The round.</param>
    /// <returns>The UTF-8 JSON bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="round"/> is null.</exception>
    public static byte[] WriteRound(AwardRound round)
    {
        Preconditions.CheckNotNull(round);
        RoundEntryData[] entries = [.. round.Applications.Select(a => new RoundEntryData(
            ApplicationData.From(a),
            round.Priorities.TryGetValue(a.Id, out int tier) ? tier : null,
            round.SubAwards.TryGetValue(a.Id, out ImmutableArray<SubAward> subs) && !subs.IsEmpty ? [.. subs.Select(SubAwardData.From)] : null,
            round.PassThroughPlans.TryGetValue(a.Id, out PassThroughPlan? plan) ? FromPlan(plan) : null))];
        var document = new AwardRoundDocument(JsonDocuments.SchemaVersion, round.Id, round.LineId, round.AsOf, round.Budget, round.Policy, entries, round.Rounding);
        return JsonDocuments.Write(document, KiJsonContext.Default.AwardRoundDocument);
    }

    /// <summary>
    /// Writes an award result, indented, with <c>schemaVersion</c> 1: the round's identity, budget, demand, awarded and
    /// unallocated totals, whether they reconcile, code and message, and per application its decision, requested, computed and awarded amounts,
    /// code and reason, tier and pass-through.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <returns>The UTF-8 JSON bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static byte[] WriteResult(AwardResult result)
    {
        Preconditions.CheckNotNull(result);
        return JsonDocuments.Write(Document(result), KiJsonContext.Default.AwardResultDocument);
    }

    private static AwardResultDocument Document(AwardResult result) =>
        new AwardResultDocument(
            JsonDocuments.SchemaVersion,
            result.Round.Id,
            result.Round.LineId,
            result.Round.AsOf,
            result.Round.Policy,
            result.Budget,
            result.Demand,
            result.Awarded,
            result.Unallocated,
            result.IsReconciled,
            result.Code,
            Text(result.Message),
            [.. result.Lines.Select(AwardLineData.From)],
            result.Version?.Validity.Start);

    /// <summary>
    /// Writes the result of a two-stage round (Weiterleitung): the Land's award result as <see cref="WriteResult(AwardResult)"/>
    /// writes it, plus <c>reconciledAtBothLevels</c> and, per first recipient, what it passed on to whom
    /// (<c>passThroughs</c>: method, award, passed on, retained, unallocated, and each final recipient's decision, amounts,
    /// code, reason and ancillary provisions).
    /// </summary>
    /// <param name="result">The result.</param>
    /// <returns>The UTF-8 JSON bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static byte[] WriteResult(TwoStageResult result)
    {
        Preconditions.CheckNotNull(result);
        AwardResultDocument land = Document(result.Land) with
        {
            ReconciledAtBothLevels = result.IsReconciled,
            PassThroughs = [.. result.PassThroughs.Select(PassThroughResultData.From)],
        };
        return JsonDocuments.Write(land, KiJsonContext.Default.AwardResultDocument);
    }

    private static AwardRound ToRound(AwardRoundDocument document)
    {
        EligibilityMapping.Check(!document.Budget.IsNegative, "$.budget", "The budget must not be negative.", "Das Budget darf nicht negativ sein.");
        var applications = new List<Application>();
        var tiers = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        var subAwards = ImmutableDictionary.CreateBuilder<string, ImmutableArray<SubAward>>(StringComparer.Ordinal);
        var plans = ImmutableDictionary.CreateBuilder<string, PassThroughPlan>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < document.Applications.Count; i++)
        {
            string path = $"$.applications[{i}]";
            RoundEntryData entry = document.Applications[i];
            Application application = ToEntry(entry.Application, entry.Priority, path, document.Line, ApplicationWords, ids, tiers);
            applications.Add(application);
            if (entry.SubAwards is { } planned)
            {
                subAwards[application.Id] = [.. planned.Select((s, k) => s.ToSubAward($"{path}.subAwards[{k}]"))];
            }

            if (entry.PassThrough is { } passThrough)
            {
                plans[application.Id] = ToPlan(passThrough, path + ".passThrough", document.Line);
            }
        }

        return ProgrammesMapping.Checked("$", () => new AwardRound(document.Id, document.Line, document.AsOf, document.Budget, document.Policy, applications)
        {
            Priorities = tiers.ToImmutable(),
            SubAwards = subAwards.ToImmutable(),
            PassThroughPlans = plans.ToImmutable(),
            Rounding = document.Rounding ?? Money.RoundingMode.Commercial,
        });
    }

    /// <summary>How the errors of <see cref="ToEntry"/> name an entry and its round, in English and German.</summary>
    private sealed record EntryWords(string Noun, string SecondGerman, string TheGerman, string RoundGerman);

    private static readonly EntryWords ApplicationWords = new("application", "Ein zweiter Antrag", "Der Antrag", "die Vergaberunde");

    private static readonly EntryWords RequestWords = new("request", "Eine zweite Anforderung", "Die Anforderung", "die Runde");

    /// <summary>
    /// Reads one application of a round or one request passed through: its identifier unique among its kind, its
    /// funding line the round's, and its priority tier, when it has one, at least 1 (recorded in <paramref name="tiers"/>).
    /// </summary>
    private static Application ToEntry(
        ApplicationData data, int? priority, string path, string line, EntryWords words, HashSet<string> ids, ImmutableDictionary<string, int>.Builder tiers)
    {
        Application application = data.ToApplication(path + ".application");
        EligibilityMapping.Check(ids.Add(application.Id), path + ".application.id", $"A second {words.Noun} with the identifier '{application.Id}'.",
            $"{words.SecondGerman} mit der Kennung '{application.Id}'.");
        EligibilityMapping.Check(application.LineId == line, path + ".application.line", $"The {words.Noun} is for {application.LineId}, but the round is for {line}.",
            $"{words.TheGerman} gilt der Förderlinie {application.LineId}, {words.RoundGerman} aber der Förderlinie {line}.");
        if (priority is { } tier)
        {
            EligibilityMapping.Check(tier >= 1, path + ".priority", $"The priority tier {tier} is below 1.", $"Die Prioritätsstufe {tier} liegt unter 1.");
            tiers[application.Id] = tier;
        }

        return application;
    }

    private static PassThroughPlan ToPlan(PassThroughPlanData data, string path, string line)
    {
        PassThroughMethod method = data.Method switch
        {
            "pro-rata" => PassThroughMethod.ProRata,
            "population" => PassThroughMethod.Population,
            "priority-tiers" => PassThroughMethod.PriorityTiers,
            _ => throw new KiDataException(path + ".method", $"'{data.Method}' is not a pass-through method; the methods are: pro-rata, population, priority-tiers.",
                $"'{data.Method}' ist keine Methode der Weiterleitung; die Methoden sind: pro-rata, population, priority-tiers."),
        };
        foreach ((string name, Euro? amount) in (ReadOnlySpan<(string, Euro?)>)[("retained", data.Retained), ("minimumGrant", data.MinimumGrant), ("baseAmount", data.BaseAmount), ("floor", data.Floor)])
        {
            EligibilityMapping.Check(amount is not { IsNegative: true }, $"{path}.{name}", $"The amount {amount} must not be negative.",
                string.Create(TextFormats.German, $"Der Betrag {amount} darf nicht negativ sein."));
        }

        EligibilityMapping.Check(method == PassThroughMethod.Population || (data.BaseAmount is null && data.Floor is null), path + ".method",
            "A base amount and a floor belong to the population method.",
            "Ein Sockelbetrag und eine Untergrenze gehören zur Methode population (nach Einwohnerzahl).");
        var requests = new List<Application>();
        var tiers = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < data.Requests.Count; i++)
        {
            PassThroughRequestData entry = data.Requests[i];
            requests.Add(ToEntry(entry.Application, entry.Priority, $"{path}.requests[{i}]", line, RequestWords, ids, tiers));
        }

        return ProgrammesMapping.Checked(path, () => new PassThroughPlan(method, requests)
        {
            Retained = data.Retained ?? Euro.Zero,
            MinimumGrant = data.MinimumGrant,
            BaseAmount = data.BaseAmount,
            Floor = data.Floor,
            Priorities = tiers.ToImmutable(),
        });
    }

    private static PassThroughPlanData FromPlan(PassThroughPlan plan) => new(
        plan.Method switch
        {
            PassThroughMethod.ProRata => "pro-rata",
            PassThroughMethod.Population => "population",
            _ => "priority-tiers",
        },
        [.. plan.Requests.Select(r => new PassThroughRequestData(ApplicationData.From(r), plan.Priorities.TryGetValue(r.Id, out int tier) ? tier : null))],
        plan.Retained.IsZero ? null : plan.Retained,
        plan.MinimumGrant,
        plan.BaseAmount,
        plan.Floor);
}
