using Ki.Domain.Allocation;
using Ki.Domain.Money;

namespace Ki.Domain.Serialization;

/// <summary>The wire shapes of the Allocation room: requests, results and apportionment results.</summary>
/// <remarks>
/// Money is a decimal string with two decimals, weights and seats decimal strings, exact amounts fractions of cents
/// (<c>"8801/3"</c>), reasons and methods kebab-case codes. Absent bounds and empty reason lists are left out.
/// </remarks>
internal static class AllocationDocuments
{
    /// <summary>An allocation request.</summary>
    internal sealed record AllocationRequestDocument(int SchemaVersion, AllocationRequestData Request) : IVersionedDocument;

    /// <summary>An allocation result with the request it answers.</summary>
    internal sealed record AllocationResultDocument(
        int SchemaVersion,
        AllocationRequestData Request,
        ExactAmount Lambda,
        Euro Allocated,
        Euro Unallocated,
        IReadOnlyList<AllocationLineData> Lines) : IVersionedDocument;

    /// <summary>An apportionment result.</summary>
    internal sealed record ApportionmentResultDocument(
        int SchemaVersion,
        ApportionmentMethod Method,
        decimal Seats,
        decimal Unit,
        bool HasTie,
        IReadOnlyList<ApportionmentLineData> Lines) : IVersionedDocument;

    /// <summary>The budget, the unit, the request-wide bounds and the recipients.</summary>
    internal sealed record AllocationRequestData(
        Euro Budget,
        Euro Unit,
        IReadOnlyList<RecipientData> Recipients,
        Euro? Base = null,
        Euro? Floor = null,
        Euro? Cap = null)
    {
        public static AllocationRequestData From(AllocationRequest r) =>
            new(r.Budget, r.Unit, [.. r.Recipients.Select(RecipientData.From)], r.Base, r.Floor, r.Cap);
    }

    /// <summary>A recipient with its weight and own bounds.</summary>
    internal sealed record RecipientData(string Id, string Name, decimal Weight, Euro? Base = null, Euro? Floor = null, Euro? Cap = null, Euro? Demand = null)
    {
        public static RecipientData From(AllocationRecipient r) => new(r.Id, r.Name, r.Weight, r.Base, r.Floor, r.Cap, r.Demand);
    }

    /// <summary>One line of a result; name and weight repeat the request's recipient for readers and are checked on reading.</summary>
    internal sealed record AllocationLineData(string Id, string Name, decimal Weight, ExactAmount Quota, Euro Amount, IReadOnlyList<string>? Reasons = null);

    /// <summary>One line of an apportionment.</summary>
    internal sealed record ApportionmentLineData(RecipientData Recipient, long Units, decimal Seats, bool IsTie);
}
