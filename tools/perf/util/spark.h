#ifndef SPARK_H
#define SPARK_H 1

#define NUM_SPARKS 8

int print_spark(char *bf, int size, unsigned long *val, int numval);

#endif
