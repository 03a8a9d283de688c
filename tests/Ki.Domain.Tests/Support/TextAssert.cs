namespace Ki.Domain.Tests.Support;

/// <summary>Asserts a text in both languages at once, so a failure shows the German and the English side together.</summary>
internal static class TextAssert
{
    /// <summary>Asserts that <paramref name="text"/> is exactly <paramref name="german"/> in German and <paramref name="english"/> in English.</summary>
    public static void Says(LocalizedText text, string german, string english) =>
        Assert.Equal((german, english), (text.German, text.English));

    /// <summary>Asserts that <paramref name="text"/> contains <paramref name="german"/> in German and <paramref name="english"/> in English (ordinal).</summary>
    public static void Contains(LocalizedText text, string german, string english) =>
        Assert.True(
            text.German.Contains(german, StringComparison.Ordinal) && text.English.Contains(english, StringComparison.Ordinal),
            $"Expected '{german}' in the German and '{english}' in the English text.\nGerman:  {text.German}\nEnglish: {text.English}");
}
