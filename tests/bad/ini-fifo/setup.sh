# portfolio.ini is a FIFO with no writer: opening it for reading would block forever; it must be refused as not
# a regular file, at once.
set -e
rm "$PORTFOLIO/portfolio.ini"
mkfifo "$PORTFOLIO/portfolio.ini"
