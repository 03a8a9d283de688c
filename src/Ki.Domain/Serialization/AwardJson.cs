using System.Collections.Immutable;
using Ki.Domain.Applications;
using Ki.Domain.Awards;
using Ki.Domain.Money;
using static Ki.Domain.Serialization.EligibilityDocuments;

namespace Ki.Domain.Serialization;

/// <summary>
/// Reads award round files: the round's line, date, budget and policy, and its applications with priority tiers and
/// planned pass-through sub-awards, through the source-generated eligibility context (trim and AOT safe).
/// </summary>
/// <remarks>
/// The file has <c>schemaVersion</c> 1. Every problem is one <see cref="KiDataException"/> whose
/// <see cref="KiDataException.Location"/> is the JSON path (<c>$.applications[2].subAwards[0].amount</c>).
/// Stateless; safe to call from many threads.
/// </remarks>
public static class AwardJson
{
    private static readonly (string Name, RoundingMode Mode)[] Roundings =
    [
        ("commercial", RoundingMode.Commercial), ("half-to-even", RoundingMode.HalfToEven), ("toward-zero", RoundingMode.TowardZero),
        ("floor", RoundingMode.Floor), ("ceiling", RoundingMode.Ceiling),
    ];

    /// <summary>Reads a round file.</summary>
    /// <param name="utf8Json">The file's bytes (UTF-8).</param>
    /// <param name="limits">The limits; <see langword="null"/> means <see cref="KiJsonLimits.Default"/>.</param>
    /// <returns>The round.</returns>
    /// <exception cref="KiDataException">The file is malformed or breaks a rule of rounds; the exception names the JSON path.</exception>
    public static AwardRound ReadRound(ReadOnlySpan<byte> utf8Json, KiJsonLimits? limits = null)
    {
        AwardRoundDocument document = KiJson.Deserialize(utf8Json, EligibilityJsonContext.Default.AwardRoundDocument, limits);
        return EligibilityJson.Mapped(() => ToRound(document));
    }

    private static AwardRound ToRound(AwardRoundDocument document)
    {
        EligibilityMapping.CheckSchema(document.SchemaVersion);
        EligibilityMapping.Check(!document.Budget.IsNegative, "$.budget", "The budget must not be negative.");
        AwardPolicy policy = document.Policy switch
        {
            "pro-rata" => AwardPolicy.ProRata,
            "priority-tiers" => AwardPolicy.PriorityTiers,
            _ => throw new KiDataException("$.policy", $"'{document.Policy}' is not a policy; the policies are: pro-rata, priority-tiers."),
        };
        RoundingMode rounding = RoundingMode.Commercial;
        if (document.Rounding is { } roundingText)
        {
            int at = Array.FindIndex(Roundings, r => r.Name == roundingText);
            EligibilityMapping.Check(at >= 0, "$.rounding", $"'{roundingText}' is not a rounding mode; the modes are: {string.Join(", ", Roundings.Select(r => r.Name))}.");
            rounding = Roundings[at].Mode;
        }

        var applications = new List<Application>();
        var tiers = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        var subAwards = ImmutableDictionary.CreateBuilder<string, ImmutableArray<SubAward>>(StringComparer.Ordinal);
        var plans = ImmutableDictionary.CreateBuilder<string, PassThroughPlan>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < document.Applications.Count; i++)
        {
            string path = $"$.applications[{i}]";
            RoundApplicationData data = document.Applications[i] ?? throw new KiDataException(path, "An application must not be null.");
            Application application = EligibilityMapping.ToApplication(data, path);
            EligibilityMapping.Check(ids.Add(application.Id), path + ".id", $"A second application with the identifier '{application.Id}'.");
            EligibilityMapping.Check(application.LineId == document.Line, path + ".line", $"The application is for {application.LineId}, but the round is for {document.Line}.");
            applications.Add(application);
            if (data.Priority is { } tier)
            {
                EligibilityMapping.Check(tier >= 1, path + ".priority", $"The priority tier {tier} is below 1.");
                tiers[application.Id] = tier;
            }

            if (data.SubAwards is { } planned)
            {
                var list = ImmutableArray.CreateBuilder<SubAward>();
                for (int k = 0; k < planned.Count; k++)
                {
                    string subPath = $"{path}.subAwards[{k}]";
                    SubAwardData sub = planned[k] ?? throw new KiDataException(subPath, "A sub-award must not be null.");
                    EligibilityMapping.Check(!string.IsNullOrWhiteSpace(sub.Recipient), subPath + ".recipient", "The recipient must not be blank.");
                    EligibilityMapping.Check(sub.Amount.IsPositive, subPath + ".amount", $"The amount {sub.Amount} must be positive.");
                    list.Add(new SubAward(sub.Recipient, EligibilityMapping.ParseKind(sub.Kind, subPath + ".kind"), sub.Amount) { Seat = sub.Seat });
                }

                subAwards[application.Id] = list.ToImmutable();
            }

            if (data.PassThrough is { } passThrough)
            {
                plans[application.Id] = ToPlan(passThrough, path + ".passThrough", document.Line);
            }
        }

        return new AwardRound(document.Id, document.Line, document.AsOf, document.Budget, policy, applications)
        {
            Priorities = tiers.ToImmutable(),
            SubAwards = subAwards.ToImmutable(),
            PassThroughPlans = plans.ToImmutable(),
            Rounding = rounding,
        };
    }

    private static PassThroughPlan ToPlan(PassThroughData data, string path, string line)
    {
        PassThroughMethod method = data.Method switch
        {
            "pro-rata" => PassThroughMethod.ProRata,
            "population" => PassThroughMethod.Population,
            "priority-tiers" => PassThroughMethod.PriorityTiers,
            _ => throw new KiDataException(path + ".method", $"'{data.Method}' is not a pass-through method; the methods are: pro-rata, population, priority-tiers."),
        };
        foreach ((string name, Euro? amount) in (ReadOnlySpan<(string, Euro?)>)[("retained", data.Retained), ("minimumGrant", data.MinimumGrant), ("baseAmount", data.BaseAmount), ("floor", data.Floor)])
        {
            EligibilityMapping.Check(amount is not { IsNegative: true }, $"{path}.{name}", $"The amount {amount} must not be negative.");
        }

        EligibilityMapping.Check(method == PassThroughMethod.Population || (data.BaseAmount is null && data.Floor is null), path + ".method",
            "A base amount and a floor belong to the population method.");
        var requests = new List<Application>();
        var tiers = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < data.Requests.Count; i++)
        {
            string at = $"{path}.requests[{i}]";
            PassThroughRequestData entry = data.Requests[i] ?? throw new KiDataException(at, "A request must not be null.");
            Application request = EligibilityMapping.ToApplication(entry, at);
            EligibilityMapping.Check(ids.Add(request.Id), at + ".id", $"A second request with the identifier '{request.Id}'.");
            EligibilityMapping.Check(request.LineId == line, at + ".line", $"The request is for {request.LineId}, but the round is for {line}.");
            requests.Add(request);
            if (entry.Priority is { } tier)
            {
                EligibilityMapping.Check(tier >= 1, at + ".priority", $"The priority tier {tier} is below 1.");
                tiers[request.Id] = tier;
            }
        }

        return new PassThroughPlan(method, requests)
        {
            Retained = data.Retained ?? Euro.Zero,
            MinimumGrant = data.MinimumGrant,
            BaseAmount = data.BaseAmount,
            Floor = data.Floor,
            Priorities = tiers.ToImmutable(),
        };
    }
}
