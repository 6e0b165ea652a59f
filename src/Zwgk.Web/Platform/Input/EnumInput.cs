using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Zwgk.Web.Platform.Input;

/// <summary>
/// A value chosen from a list (an enum without [Flags]) is accepted only as one of its members: by name, or by the number
/// of a member. A number no member has ("7"), a combination ("A,B") or an unknown name is refused with a message naming the field, never mapped to another value: a hand-made applicant type
/// was once refused as "too long", and a hand-made 清理 result became 继续有效. Forms and JSON bodies share this rule.
/// </summary>
public static class EnumInput
{
    /// <summary>The member named <paramref name="text"/> (case aside), or null when the text names none.</summary>
    public static object? Parse(Type enumType, string text)
    {
        var name = text.Trim();
        if (name.Length == 0 || name.Contains(',', StringComparison.Ordinal))
        {
            return null;
        }

        // A number is taken only when a member has it (clients that send enums as numbers); any other number is refused.
        if (long.TryParse(name, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            var value = Enum.ToObject(enumType, number);
            return Enum.IsDefined(enumType, value) ? value : null;
        }

        return Enum.GetNames(enumType).FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) is { } found
            ? Enum.Parse(enumType, found)
            : null;
    }

    /// <summary>The refusal of a value outside the list.</summary>
    public static string Message(string? field, string value) =>
        $"{field}“{(value.Length > 40 ? value[..40] + "…" : value)}”不是可选的值，请从列表中选择。";

    /// <summary>Form binding of enums (and nullable enums): see <see cref="EnumInput"/>.</summary>
    internal sealed class Binder(Type enumType) : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext context)
        {
            var result = context.ValueProvider.GetValue(context.ModelName);
            if (result == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }

            context.ModelState.SetModelValue(context.ModelName, result);
            var text = result.FirstValue ?? "";
            if (text.Trim().Length == 0)
            {
                // An empty choice is "not chosen": null for a nullable enum, otherwise the field's default stays and is reported.
                if (context.ModelMetadata.IsReferenceOrNullableType)
                {
                    context.Result = ModelBindingResult.Success(null);
                }
                else
                {
                    context.ModelState.TryAddModelError(context.ModelName, $"请选择{context.ModelMetadata.DisplayName}。");
                    context.Result = ModelBindingResult.Failed();
                }

                return Task.CompletedTask;
            }

            if (Parse(enumType, text) is { } value)
            {
                context.Result = ModelBindingResult.Success(value);
                return Task.CompletedTask;
            }

            context.ModelState.TryAddModelError(context.ModelName, Message(context.ModelMetadata.DisplayName, text));
            context.Result = ModelBindingResult.Failed();
            return Task.CompletedTask;
        }
    }

    /// <summary>JSON bodies: enums read by name only, written by name.</summary>
    internal sealed class Json : JsonConverterFactory
    {
        // [Flags] enums (a set of levels) are combinations by design; the framework's string converter reads them.
        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum && !typeToConvert.IsDefined(typeof(FlagsAttribute), inherit: false);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

        private sealed class Converter<T> : JsonConverter<T>
            where T : struct, Enum
        {
            public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            {
                var text = reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString() ?? "",
                    JsonTokenType.Number => reader.GetDecimal().ToString(CultureInfo.InvariantCulture),
                    _ => throw new JsonException("须为可选值之一的名称：" + string.Join("、", Enum.GetNames<T>()) + "。"),
                };
                return Parse(typeof(T), text) is T value
                    ? value
                    : throw new JsonException($"“{text}”不是可选的值，可选值：{string.Join("、", Enum.GetNames<T>())}。");
            }

            public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());

            public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                Parse(typeof(T), reader.GetString() ?? "") is T value ? value : throw new JsonException($"“{reader.GetString()}”不是可选的值。");

            public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(value.ToString());
        }
    }
}
