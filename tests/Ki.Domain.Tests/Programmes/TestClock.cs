using NodaTime;

namespace Ki.Domain.Tests.Programmes;

/// <summary>A clock fixed at one instant, for tests.</summary>
internal sealed class TestClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;

    /// <summary>A clock at noon UTC on a date.</summary>
    public static TestClock At(int year, int month, int day) => new(Instant.FromUtc(year, month, day, 12, 0));
}
