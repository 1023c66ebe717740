import sys
sys.exit("error message")
