using System.Collections.Immutable;
using Ki.Domain.Applications;
using Ki.Domain.Awards;
using Ki.Domain.Internal;
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
        ToRound(JsonDocuments.Read(utf8Json, EligibilityJsonContext.Default.AwardRoundDocument, limits, "award round"));

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
            round.SubAwards.TryGetValue(a.Id, out ImmutableArray<SubAward> subs) && !subs.IsEmpty ? [.. subs.Select(SubAwardData.From)] : null))];
        var document = new AwardRoundDocument(JsonDocuments.SchemaVersion, round.Id, round.LineId, round.AsOf, round.Budget, round.Policy, entries, round.Rounding);
        return JsonDocuments.Write(document, EligibilityJsonContext.Default.AwardRoundDocument);
    }

    /// <summary>
    /// Writes an award result, indented, with <c>schemaVersion</c> 1: the round's identity, budget, demand, awarded and
    /// unallocated totals, code and message, and per application its decision, requested, computed and awarded amounts,
    /// code and reason, tier and pass-through.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <returns>The UTF-8 JSON bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static byte[] WriteResult(AwardResult result)
    {
        Preconditions.CheckNotNull(result);
        var document = new AwardResultDocument(
            JsonDocuments.SchemaVersion,
            result.Round.Id,
            result.Round.LineId,
            result.Round.AsOf,
            result.Round.Policy,
            result.Budget,
            result.Demand,
            result.Awarded,
            result.Unallocated,
            result.Code,
            Text(result.Message),
            [.. result.Lines.Select(AwardLineData.From)],
            result.Version?.Validity.Start);
        return JsonDocuments.Write(document, EligibilityJsonContext.Default.AwardResultDocument);
    }

    private static AwardRound ToRound(AwardRoundDocument document)
    {
        EligibilityMapping.Check(!document.Budget.IsNegative, "$.budget", "The budget must not be negative.");
        var applications = new List<Application>();
        var tiers = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        var subAwards = ImmutableDictionary.CreateBuilder<string, ImmutableArray<SubAward>>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < document.Applications.Count; i++)
        {
            string path = $"$.applications[{i}]";
            RoundEntryData entry = document.Applications[i];
            Application application = entry.Application.ToApplication(path + ".application");
            EligibilityMapping.Check(ids.Add(application.Id), path + ".application.id", $"A second application with the identifier '{application.Id}'.");
            EligibilityMapping.Check(application.LineId == document.Line, path + ".application.line", $"The application is for {application.LineId}, but the round is for {document.Line}.");
            applications.Add(application);
            if (entry.Priority is { } tier)
            {
                EligibilityMapping.Check(tier >= 1, path + ".priority", $"The priority tier {tier} is below 1.");
                tiers[application.Id] = tier;
            }

            if (entry.SubAwards is { } planned)
            {
                subAwards[application.Id] = [.. planned.Select((s, k) => s.ToSubAward($"{path}.subAwards[{k}]"))];
            }
        }

        return ProgrammesMapping.Checked("$", () => new AwardRound(document.Id, document.Line, document.AsOf, document.Budget, document.Policy, applications)
        {
            Priorities = tiers.ToImmutable(),
            SubAwards = subAwards.ToImmutable(),
            Rounding = document.Rounding ?? Money.RoundingMode.Commercial,
        });
    }
}
