/* holdopen.c — holds a file open the way Excel holds an open workbook (sharing read only: nobody may write,
 * rename or delete it), for the Windows tests. Usage: holdopen.exe FILE READY STOP
 * Opens FILE, then creates READY, then waits until STOP exists (at most 120 s) and closes FILE.
 * Exit 0 when it held the file, 1 when FILE could not be opened or READY made.
 */
#include <stdio.h>

#include <windows.h>

int main(int argc, char **argv)
{
    HANDLE h, r;

    if (argc != 4) {
        fprintf(stderr, "usage: holdopen.exe FILE READY STOP\n");
        return 2;
    }
    h = CreateFileA(argv[1], GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    if (h == INVALID_HANDLE_VALUE) {
        fprintf(stderr, "holdopen: %s: cannot open (error %lu)\n", argv[1], (unsigned long)GetLastError());
        return 1;
    }
    r = CreateFileA(argv[2], GENERIC_WRITE, 0, NULL, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, NULL);
    if (r == INVALID_HANDLE_VALUE) {
        fprintf(stderr, "holdopen: %s: cannot create (error %lu)\n", argv[2], (unsigned long)GetLastError());
        CloseHandle(h);
        return 1;
    }
    CloseHandle(r);
    for (int i = 0; i < 1200 && GetFileAttributesA(argv[3]) == INVALID_FILE_ATTRIBUTES; i++)
        Sleep(100);
    CloseHandle(h);
    return 0;
}
