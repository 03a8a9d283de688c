namespace Ki.Domain.Tests.Serialization;

/// <summary>
/// The mutation law for the library's documents: a valid document with a byte flipped, cut short, nested deeply
/// inside or given a huge array either loads or raises <see cref="KiDataException"/> with a JSON path, nothing else.
/// </summary>
internal static class JsonMutation
{
    /// <summary>Limits a little tighter than the default, so that huge arrays hit them.</summary>
    public static KiJsonLimits Limits { get; } = KiJsonLimits.Default.WithMaxArrayLength(2_000);

    /// <summary>The law for a valid document and a reader of it: every mutation of it loads or raises <see cref="KiDataException"/> with a JSON path and a reason.</summary>
    public static Property Law(byte[] valid, Action<byte[]> read)
    {
        string text = Encoding.UTF8.GetString(valid);
        int firstColon = text.IndexOf(':', StringComparison.Ordinal);
        var mutation = Gen.OneOf(
            Gen.Zip(Gen.Choose(0, valid.Length - 1), Gen.Choose(0, 255)).Select(t => Flip(valid, t.Item1, (byte)t.Item2)),
            Gen.Zip(Gen.Choose(0, text.Length - 1), Gen.Elements("\"", "{", "[", "]", "}", ",", ":", "null", "1e400", "-1", "\"x\"", "\\u0000")).Select(t => Encoding.UTF8.GetBytes(text.Insert(t.Item1, t.Item2))),
            Gen.Choose(0, valid.Length - 1).Select(n => valid[..n]),
            Gen.Choose(1, 300).Select(depth => Encoding.UTF8.GetBytes(text.Insert(firstColon + 1, new string('[', depth)))),
            Gen.Choose(1, 5_000).Select(n => Encoding.UTF8.GetBytes(text.Insert(firstColon + 1, "[" + string.Join(",", Enumerable.Repeat("{\"a\":\"1.00\"}", n)) + "],"))));
        return Law(mutation, read);
    }

    /// <summary>The law for given mutations of a document: each loads or raises <see cref="KiDataException"/> with a JSON path and a reason.</summary>
    public static Property Law(Gen<byte[]> mutations, Action<byte[]> read) =>
        Prop.ForAll(mutations.ToArbitrary(), bytes =>
        {
            try
            {
                read(bytes);
                return true;
            }
            catch (KiDataException e)
            {
                return e.Location.StartsWith('$') && e.Reason.Length > 0;
            }
        });

    /// <summary>
    /// Sets the value at <paramref name="at"/> (a JSON pointer such as <c>/districts/1/population</c>; the last
    /// step names a property) of a valid document to <paramref name="json"/>, reads the result, and returns the
    /// <see cref="KiDataException"/> the reader must raise.
    /// </summary>
    public static KiDataException Refusal(byte[] valid, string at, string json, Action<byte[]> read)
    {
        JsonNode document = JsonNode.Parse(valid)!;
        string[] steps = at.Split('/')[1..];
        JsonNode parent = document;
        foreach (string step in steps[..^1])
        {
            parent = (int.TryParse(step, CultureInfo.InvariantCulture, out int index) ? parent[index] : parent[step])!;
        }

        parent[steps[^1]] = JsonNode.Parse(json);
        return Assert.Throws<KiDataException>(() => read(Encoding.UTF8.GetBytes(document.ToJsonString())));
    }

    /// <summary>A copy of the bytes with one byte replaced.</summary>
    public static byte[] Flip(byte[] source, int index, byte value)
    {
        byte[] copy = (byte[])source.Clone();
        copy[index] = value;
        return copy;
    }
}
