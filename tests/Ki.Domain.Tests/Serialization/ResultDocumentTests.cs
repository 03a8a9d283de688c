namespace Ki.Domain.Tests.Serialization;

/// <summary>A document that claims to be a result must reconcile (issue 11, reproduction 5).</summary>
public sealed class ResultDocumentTests
{
    private static byte[] Apportionment() =>
        AllocationJson.Write(Apportioner.Apportion(ApportionmentMethod.SainteLague, 8, AllocationGen.Recipients([41, 29, 17, 13])));

    private static byte[] Allocation() =>
        AllocationJson.Write(Allocator.Allocate(AllocationRequest.Of(Euro.FromEuros(1_000), AllocationGen.Recipients([3, 2, 1]))));

    private static byte[] Edit(byte[] document, Action<JsonNode> edit)
    {
        JsonNode doc = JsonNode.Parse(document)!;
        edit(doc);
        return Encoding.UTF8.GetBytes(doc.ToJsonString());
    }

    /// <summary>Edits a fresh apportionment document and asserts that the reader refuses it.</summary>
    private static KiDataException RefusedApportionment(Action<JsonNode> edit) =>
        Assert.Throws<KiDataException>(() => AllocationJson.ReadApportionment(Edit(Apportionment(), edit)));

    /// <summary>Edits a fresh allocation result document and asserts that the reader refuses it.</summary>
    private static KiDataException RefusedResult(Action<JsonNode> edit) =>
        Assert.Throws<KiDataException>(() => AllocationJson.ReadResult(Edit(Allocation(), edit)));

    [Fact]
    public void ReadApportionment_NegativeSeats_IsRefused()
    {
        var e = RefusedApportionment(d => d["seats"] = "-10");
        Assert.Contains("negative", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadApportionment_LineWithUnits999AndSeatsMinus5_IsRefusedAtThatLine()
    {
        var e = RefusedApportionment(d =>
        {
            d["lines"]![0]!["units"] = 999;
            d["lines"]![0]!["seats"] = "-5";
        });
        Assert.Equal("$.lines[0].seats", e.Location);
        Assert.Contains("Sainte-Laguë", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadApportionment_LinesAddingUpToZero_IsRefused()
    {
        RefusedApportionment(d =>
        {
            foreach (JsonNode? line in d["lines"]!.AsArray())
            {
                line!["units"] = 0;
                line["seats"] = "0";
            }
        });
    }

    [Fact]
    public void ReadApportionment_WrongTieFlag_IsRefused()
    {
        var e = RefusedApportionment(d => d["hasTie"] = true);
        Assert.Equal("$.hasTie", e.Location);
    }

    [Fact]
    public void ReadApportionment_NoLines_IsRefused()
    {
        var e = RefusedApportionment(d => d["lines"] = new JsonArray());
        Assert.Equal("$.lines", e.Location);
    }

    [Fact]
    public void ReadResult_NegativeAmount_IsRefusedAtThatLine()
    {
        var e = RefusedResult(d =>
        {
            d["lines"]![0]!["amount"] = "-1.00";
            d["lines"]![1]!["amount"] = "334.33";
        });
        Assert.Equal("$.lines[0].amount", e.Location);
        Assert.Contains("negative", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadResult_LinesBeyondTheLargestAmount_IsAKiDataExceptionNotAnOverflow()
    {
        // Before: a raw OverflowException from Budget - Allocated or from the sum.
        var e = RefusedResult(d =>
        {
            foreach (JsonNode? line in d["lines"]!.AsArray())
            {
                line!["amount"] = "92233720368547758.07";
            }

            d["allocated"] = "92233720368547758.07";
            d["unallocated"] = "-92233720368547758.07";
        });
        Assert.Equal("$.lines", e.Location);
        Assert.Contains("more than the budget", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadResult_AllocatedAboveTheBudget_IsRefused()
    {
        var e = RefusedResult(d =>
        {
            d["lines"]![0]!["amount"] = "900.00";
            d["allocated"] = "1400.00";
            d["unallocated"] = "-400.00";
        });
        Assert.Equal("$.lines", e.Location);
    }

    [Fact]
    public void ReadResult_AmountNotAMultipleOfTheUnit_IsRefused()
    {
        var e = RefusedResult(d =>
        {
            d["request"]!["unit"] = "1.00";
            d["lines"]![0]!["amount"] = "500.50";
        });
        Assert.Equal("$.lines[0].amount", e.Location);
    }
}
