namespace Ki.Domain.Tests.Support;

/// <summary>Asserts a text in both languages at once, so a failure shows the German and the English side together.</summary>
internal static class TextAssert
{
    /// <summary>Asserts that <paramref name="text"/> is exactly <paramref name="german"/> in German and <paramref name="english"/> in English.</summary>
    public static void Says(LocalizedText text, string german, string english) =>
        Assert.Equal((german, english), (text.German, text.English));
}
