namespace Ki.Domain.SampleHost.Tests;

/// <summary>
/// The code lists the OpenAPI document offers a client (rounding modes, applicant kinds, outcomes, ...) are exactly the
/// codes the library reads and writes (<see cref="EnumCodes"/>): a code added to the library shows here until the
/// schema offers it, and no schema offers a code the library refuses.
/// </summary>
public sealed class OpenApiCodeListTests(SampleHostFactory host) : IClassFixture<SampleHostFactory>
{
    public static TheoryData<string, string, string> CodeLists => new()
    {
        { "GrantRequest", "applicantKind", nameof(ApplicantKind) },
        { "Application.Applicant", "kind", nameof(ApplicantKind) },
        { "AwardResult", "passThroughs[].finalRecipients[].kind", nameof(ApplicantKind) },
        { "AwardResult", "lines[].passThrough.subAwards[].kind", nameof(ApplicantKind) },
        { "GrantResult", "rounding", nameof(RoundingMode) },
        { "SettlementResult", "rounding", nameof(RoundingMode) },
        { "SettlementResult", "lateUseInterest[].rounding", nameof(RoundingMode) },
        { "AwardRound", "rounding", nameof(RoundingMode) },
        { "GrantResult", "outcome", nameof(GrantOutcome) },
        { "EligibilityDecision", "decision.outcome", nameof(EligibilityOutcome) },
        { "AwardResult", "lines[].eligibility", nameof(EligibilityOutcome) },
        { "EligibilityDecision.Criterion", "outcome", nameof(CriterionOutcome) },
        { "AwardResult", "policy", nameof(AwardPolicy) },
        { "AwardResult", "passThroughs[].method", nameof(PassThroughMethod) },
        { "AwardResult", "lines[].passThrough.subAwards[].provisions", nameof(AncillaryProvisions) },
        { "SettlementResult", "financing", nameof(FinancingType) },
        { "SettlementCase", "financing", nameof(FinancingType) },
        { "AllocationResult", "lines[].reasons[]", nameof(AllocationReasons) },
    };

    [Theory]
    [MemberData(nameof(CodeLists))]
    public async Task SchemaCodeList_IsTheLibrarysCodes(string component, string path, string codes)
    {
        using JsonDocument document = JsonDocument.Parse(await host.CreateClient().GetByteArrayAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        JsonElement schemas = document.RootElement.GetProperty("components").GetProperty("schemas");

        JsonElement rule = Follow(schemas, schemas.GetProperty(component));
        foreach (string step in path.Split('.'))
        {
            string name = step.TrimEnd('[', ']');
            rule = Follow(schemas, rule.GetProperty("properties").GetProperty(name));
            for (int i = 0; i < (step.Length - name.Length) / 2; i++)
            {
                rule = Follow(schemas, rule.GetProperty("items"));
            }
        }

        Assert.Equal(
            Library(codes).Order(StringComparer.Ordinal),
            rule.GetProperty("enum").EnumerateArray().Select(c => c.GetString()!).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Library(string codes) => codes switch
    {
        nameof(ApplicantKind) => EnumCodes.All<ApplicantKind>(),
        nameof(RoundingMode) => EnumCodes.All<RoundingMode>(),
        nameof(GrantOutcome) => EnumCodes.All<GrantOutcome>(),
        nameof(EligibilityOutcome) => EnumCodes.All<EligibilityOutcome>(),
        nameof(CriterionOutcome) => EnumCodes.All<CriterionOutcome>(),
        nameof(AwardPolicy) => EnumCodes.All<AwardPolicy>(),
        nameof(PassThroughMethod) => EnumCodes.All<PassThroughMethod>(),
        nameof(AncillaryProvisions) => EnumCodes.All<AncillaryProvisions>(),
        nameof(FinancingType) => EnumCodes.All<FinancingType>(),
        // A flags enum: a result lists its reasons one by one, and 'none' is the empty list.
        nameof(AllocationReasons) => EnumCodes.All<AllocationReasons>().Where(c => c != "none"),
        _ => throw new ArgumentOutOfRangeException(nameof(codes), codes, "No such code list."),
    };

    private static JsonElement Follow(JsonElement schemas, JsonElement rule) =>
        rule.TryGetProperty("$ref", out JsonElement reference)
            ? Follow(schemas, schemas.GetProperty(reference.GetString()!["#/components/schemas/".Length..]))
            : rule;
}
