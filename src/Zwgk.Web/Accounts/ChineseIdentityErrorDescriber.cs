using Microsoft.AspNetCore.Identity;

namespace Zwgk.Web.Accounts;

/// <summary>Identity's messages in Chinese, as the console shows them to staff.</summary>
public sealed class ChineseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => New(nameof(PasswordTooShort), $"密码至少需要{length}位。");

    public override IdentityError PasswordRequiresDigit() => New(nameof(PasswordRequiresDigit), "密码必须包含数字。");

    public override IdentityError PasswordRequiresLower() => New(nameof(PasswordRequiresLower), "密码必须包含小写字母。");

    public override IdentityError PasswordRequiresUpper() => New(nameof(PasswordRequiresUpper), "密码必须包含大写字母。");

    public override IdentityError PasswordRequiresNonAlphanumeric() => New(nameof(PasswordRequiresNonAlphanumeric), "密码必须包含符号。");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => New(nameof(PasswordRequiresUniqueChars), $"密码至少需要{uniqueChars}个不同字符。");

    public override IdentityError DuplicateUserName(string userName) => New(nameof(DuplicateUserName), $"用户名“{userName}”已被使用。");

    public override IdentityError InvalidUserName(string? userName) => New(nameof(InvalidUserName), $"用户名“{userName}”无效，只能包含字母、数字和 -._@+。");

    public override IdentityError PasswordMismatch() => New(nameof(PasswordMismatch), "原密码不正确。");

    public override IdentityError DefaultError() => New(nameof(DefaultError), "操作失败，请稍后再试。");

    private static IdentityError New(string code, string description) => new() { Code = code, Description = description };
}
