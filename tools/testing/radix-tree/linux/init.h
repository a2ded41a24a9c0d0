#define __init
#define __exit
