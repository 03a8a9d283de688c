using System.Collections;
using System.Reflection;

namespace Ki.Domain.Tests.Support;

/// <summary>
/// Structural comparison by reflection over every public instance property, for model types whose own equality is
/// reference equality (catalogues, versions, results): the round-trip laws need "equal in every property".
/// </summary>
/// <remarks>
/// Strings, primitives, enums and types that implement <see cref="IEquatable{T}"/> of themselves compare with
/// <see cref="object.Equals(object)"/> (but an ImmutableArray, whose own equality is by reference, element by
/// element); dictionaries compare as sets of entries; other sequences element by element; everything else property
/// by property.
/// </remarks>
internal static class DeepEqual
{
    /// <summary>
    /// The JSON round-trip law: what <paramref name="write"/> writes, <paramref name="read"/> reads back equal in every
    /// property, and writing that again gives the same bytes.
    /// </summary>
    public static bool RoundTrips<T>(T value, Func<T, byte[]> write, Func<byte[], T> read)
    {
        byte[] json = write(value);
        T back = read(json);
        return FirstDifference(value, back) is null && json.AsSpan().SequenceEqual(write(back));
    }

    /// <summary>
    /// The JSON round-trip law as a property over generated values: <see cref="RoundTrips"/> holds for every value
    /// <paramref name="values"/> gives.
    /// </summary>
    public static Property RoundTripsFor<T>(Gen<T> values, Func<T, byte[]> write, Func<byte[], T> read) =>
        Prop.ForAll(values.ToArbitrary(), value => RoundTrips(value, write, read));

    /// <summary>The path of the first difference, or null when the two are equal in every property.</summary>
    public static string? FirstDifference(object? a, object? b, string path = "$", int depth = 0)
    {
        if (a is null || b is null)
        {
            return a is null && b is null ? null : $"{path}: {a ?? "null"} vs {b ?? "null"}";
        }

        Type type = a.GetType();
        if (type != b.GetType())
        {
            return $"{path}: type {type.Name} vs {b.GetType().Name}";
        }

        if (depth > 30)
        {
            return $"{path}: too deep";
        }

        bool isImmutableArray = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>);
        if (a is string || type.IsPrimitive || type.IsEnum || a is decimal || (ImplementsOwnEquality(type) && !isImmutableArray))
        {
            return a.Equals(b) ? null : $"{path}: {a} vs {b}";
        }

        if (a is IDictionary da && b is IDictionary db)
        {
            if (da.Count != db.Count)
            {
                return $"{path}: {da.Count} entries vs {db.Count}";
            }

            foreach (DictionaryEntry entry in da)
            {
                if (!db.Contains(entry.Key))
                {
                    return $"{path}[{entry.Key}]: missing";
                }

                if (FirstDifference(entry.Value, db[entry.Key], $"{path}[{entry.Key}]", depth + 1) is { } d)
                {
                    return d;
                }
            }

            return null;
        }

        if (a is IEnumerable ea && b is IEnumerable eb)
        {
            object?[] xs = [.. ea.Cast<object?>()];
            object?[] ys = [.. eb.Cast<object?>()];
            if (xs.Length != ys.Length)
            {
                return $"{path}: {xs.Length} items vs {ys.Length}";
            }

            for (int i = 0; i < xs.Length; i++)
            {
                if (FirstDifference(xs[i], ys[i], $"{path}[{i}]", depth + 1) is { } d)
                {
                    return d;
                }
            }

            return null;
        }

        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            if (FirstDifference(property.GetValue(a), property.GetValue(b), $"{path}.{property.Name}", depth + 1) is { } d)
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>Asserts that two values are equal in every property, naming the first difference.</summary>
    public static void Assert(object? expected, object? actual)
    {
        string? difference = FirstDifference(expected, actual);
        Xunit.Assert.True(difference is null, $"differs at {difference}");
    }

    private static bool ImplementsOwnEquality(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>) && i.GetGenericArguments()[0] == type);
}
