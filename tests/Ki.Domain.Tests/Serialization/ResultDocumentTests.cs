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

    [Fact]
    public void ReadApportionment_NegativeSeats_IsRefused()
    {
        byte[] doc = Edit(Apportionment(), d => d["seats"] = "-10");
        var e = Assert.Throws<KiDataException>(() => AllocationJson.ReadApportionment(doc));
        Assert.Contains("negative", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadApportionment_LineWithUnits999AndSeatsMinus5_IsRefusedAtThatLine()
    {
        byte[] doc = Edit(Apportionment(), d =>
        {
            d["lines"]![0]!["units"] = 999;
            d["lines"]![0]!["seats"] = "-5";
        });
        var e = Assert.Throws<KiDataException>(() => AllocationJson.ReadApportionment(doc));
        Assert.Equal("$.lines[0].seats", e.Location);
        Assert.Contains("Sainte-Laguë", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadApportionment_LinesAddingUpToZero_IsRefused()
    {
        byte[] doc = Edit(Apportionment(), d =>
        {
            foreach (JsonNode? line in d["lines"]!.AsArray())
            {
                line!["units"] = 0;
                line["seats"] = "0";
            }
        });
        Assert.Throws<KiDataException>(() => AllocationJson.ReadApportionment(doc));
    }

    [Fact]
    public void ReadApportionment_WrongTieFlag_IsRefused()
    {
        byte[] doc = Edit(Apportionment(), d => d["hasTie"] = true);
        var e = Assert.Throws<KiDataException>(() => AllocationJson.ReadApportionment(doc));
        Assert.Equal("$.hasTie", e.Location);
    }

    [Fact]
    public void ReadApportionment_NoLines_IsRefused()
    {
        byte[] doc = Edit(Apportionment(), d => d["lines"] = new JsonArray());
        var e = Assert.Throws<KiDataException>(() => AllocationJson.ReadApportionment(doc));
        Assert.Equal("$.lines", e.Location);
    }

    [Fact]
    public void ReadResult_NegativeAmount_IsRefusedAtThatLine()
    {
        byte[] doc = Edit(Allocation(), d =>
        {
            d["lines"]![0]!["amount"] = "-1.00";
            d["lines"]![1]!["amount"] = "334.33";
        });
        var e = Assert.Throws<KiDataException>(() => AllocationJson.ReadResult(doc));
        Assert.Equal("$.lines[0].amount", e.Location);
        Assert.Contains("negative", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadResult_LinesBeyondTheLargestAmount_IsAKiDataExceptionNotAnOverflow()
    {
        // Before: a raw OverflowException from Budget - Allocated or from the sum.
        byte[] doc = Edit(Allocation(), d =>
        {
            foreach (JsonNode? line in d["lines"]!.AsArray())
            {
                line!["amount"] = "92233720368547758.07";
            }

            d["allocated"] = "92233720368547758.07";
            d["unallocated"] = "-92233720368547758.07";
        });
        var e = Assert.Throws<KiDataException>(() => AllocationJson.ReadResult(doc));
        Assert.Equal("$.lines", e.Location);
        Assert.Contains("more than the budget", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadResult_AllocatedAboveTheBudget_IsRefused()
    {
        byte[] doc = Edit(Allocation(), d =>
        {
            d["lines"]![0]!["amount"] = "900.00";
            d["allocated"] = "1400.00";
            d["unallocated"] = "-400.00";
        });
        var e = Assert.Throws<KiDataException>(() => AllocationJson.ReadResult(doc));
        Assert.Equal("$.lines", e.Location);
    }

    [Fact]
    public void ReadResult_AmountNotAMultipleOfTheUnit_IsRefused()
    {
        byte[] doc = Edit(Allocation(), d =>
        {
            d["request"]!["unit"] = "1.00";
            d["lines"]![0]!["amount"] = "500.50";
        });
        var e = Assert.Throws<KiDataException>(() => AllocationJson.ReadResult(doc));
        Assert.Equal("$.lines[0].amount", e.Location);
    }
}
