/* aclcheck.c — for the Windows case runner: prints each path's DACL as Windows reports it, and fails (exit 1)
 * unless it allows nobody but the current user and SYSTEM and is protected (takes no entries from its
 * parent). Usage: aclcheck.exe PATH...
 *
 * Under wine the DACL is made up from the Unix mode (wine keeps no ACLs on a Linux file system): the entries
 * are checked, but wine never reports a DACL as protected, so that part is said once and not checked.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <windows.h>
#include <aclapi.h>
#include <sddl.h>

/* The current user's SID as a string; NULL on failure (LocalFree it). */
static char *current_user(void)
{
    HANDLE tok = NULL;
    DWORD len = 0;
    TOKEN_USER *tu;
    char *s = NULL;

    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &tok))
        return NULL;
    GetTokenInformation(tok, TokenUser, NULL, 0, &len);
    tu = len ? malloc(len) : NULL;
    if (tu && GetTokenInformation(tok, TokenUser, tu, len, &len))
        ConvertSidToStringSidA(tu->User.Sid, &s);
    free(tu);
    CloseHandle(tok);
    return s;
}

/* Whether this runs under wine (its ntdll exports wine_get_version). */
static int under_wine(void)
{
    HMODULE nt = GetModuleHandleA("ntdll.dll");
    return nt && GetProcAddress(nt, "wine_get_version") != NULL;
}

/* Check one path; returns the number of problems found (printed). */
static int check(const char *path, const char *user, int wine)
{
    PSECURITY_DESCRIPTOR sd = NULL;
    PACL dacl = NULL;
    SECURITY_DESCRIPTOR_CONTROL ctl = 0;
    DWORD rev = 0;
    char *sddl = NULL;
    int bad = 0;
    DWORD rc =
        GetNamedSecurityInfoA(path, SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, NULL, NULL, &dacl, NULL, &sd);

    if (rc != ERROR_SUCCESS) {
        printf("%s: GetNamedSecurityInfo failed (%lu)\n", path, (unsigned long)rc);
        return 1;
    }
    if (ConvertSecurityDescriptorToStringSecurityDescriptorA(sd, SDDL_REVISION_1, DACL_SECURITY_INFORMATION,
                                                             &sddl, NULL))
        printf("%s: %s\n", path, sddl);
    GetSecurityDescriptorControl(sd, &ctl, &rev);
    if (!dacl) {
        printf("%s: no DACL (everyone has full access)\n", path);
        bad++;
    } else {
        if (!wine && !(ctl & SE_DACL_PROTECTED)) {
            printf("%s: the DACL is not protected (it inherits its parent's entries)\n", path);
            bad++;
        }
        for (DWORD i = 0; i < dacl->AceCount; i++) {
            ACE_HEADER *h;
            char *sid = NULL;
            if (!GetAce(dacl, i, (void **)&h))
                continue;
            if (h->AceType == ACCESS_DENIED_ACE_TYPE)
                continue;
            if (h->AceType != ACCESS_ALLOWED_ACE_TYPE) {
                printf("%s: entry %lu has type %u\n", path, (unsigned long)i, (unsigned)h->AceType);
                bad++;
                continue;
            }
            if (h->AceFlags & INHERITED_ACE) {
                printf("%s: entry %lu is inherited\n", path, (unsigned long)i);
                bad++;
            }
            ConvertSidToStringSidA((PSID) & ((ACCESS_ALLOWED_ACE *)h)->SidStart, &sid);
            if (!sid || (strcmp(sid, user) != 0 && strcmp(sid, "S-1-5-18") != 0)) {
                printf("%s: entry %lu allows %s\n", path, (unsigned long)i, sid ? sid : "(unreadable SID)");
                bad++;
            }
            if (sid)
                LocalFree(sid);
        }
    }
    if (sddl)
        LocalFree(sddl);
    LocalFree(sd);
    return bad;
}

int main(int argc, char **argv)
{
    char *user = current_user();
    int bad = 0, wine = under_wine();

    if (!user) {
        printf("aclcheck: cannot read the current user's SID\n");
        return 2;
    }
    printf("user %s%s\n", user, wine ? " (under wine: whether a DACL is protected is not checked)" : "");
    for (int i = 1; i < argc; i++)
        bad += check(argv[i], user, wine);
    LocalFree(user);
    return bad ? 1 : 0;
}
